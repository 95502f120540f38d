import { builtinModules } from 'node:module';

/** What a README's install line (`npm install …`, `npm i …`, `pnpm add …`) asks for. */
export interface InstallLine {
  /** The line as the README writes it. */
  readonly line: string;
  /** The package names it installs, in its order. */
  readonly packages: readonly string[];
  /** Whether it installs them as dev dependencies (`-D`, `--save-dev`). */
  readonly dev: boolean;
}

const installCommand = /^(?:npm (?:install|i|add)|pnpm add|yarn add)\s+(.*)$/;

/** The code blocks of a Markdown text in one language, in order. */
function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map((match) => match[1]!);
}

/**
 * The first install line of a README's `sh` blocks, with the packages it
 * names; throws when there is none.
 */
export function readmeInstallLine(readme: string): InstallLine {
  for (const block of codeBlocks(readme, 'sh')) {
    for (const line of block.split('\n')) {
      const match = installCommand.exec(line.trim());
      if (!match) continue;
      const words = match[1]!.split(/\s+/).filter(Boolean);
      return {
        line: line.trim(),
        packages: words.filter((word) => !word.startsWith('-')),
        dev: words.some((word) => word === '-D' || word === '--save-dev'),
      };
    }
  }
  throw new Error('the README has no install line (npm install …, pnpm add …) in a sh block');
}

/** The first `ts` block after the README's `## Example` heading; throws when there is none. */
export function readmeExample(readme: string): string {
  const at = readme.search(/^## Example\b/m);
  if (at < 0) throw new Error('the README has no "## Example" section');
  const [example] = codeBlocks(readme.slice(at), 'ts');
  if (example === undefined) throw new Error('the README has no ts block after "## Example"');
  return example;
}

/**
 * The packages a piece of code imports (`@scope/name` or `name`, subpaths
 * dropped), Node built-ins left out; sorted.
 */
export function importedPackages(code: string): string[] {
  const builtins = new Set(builtinModules);
  const names = new Set<string>();
  for (const match of code.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.') || specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]!)) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  return [...names].sort();
}
