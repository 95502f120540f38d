/**
 * Writes `text` to `file` (its folder is created) unless the file already
 * holds exactly that text; a write replaces the file atomically.
 * True when the file was written, false when it already held `text`.
 */
export declare function writeIfChanged(file: string | URL, text: string): boolean;
