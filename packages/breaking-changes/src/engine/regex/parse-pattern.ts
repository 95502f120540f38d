import { type CharSet, DIGIT, DOT, SPACE, WORD, charSet, negate } from './char-set.ts';
import { type PatternNode, UnsupportedPattern } from './pattern-ast.ts';

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d };
const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: DIGIT,
  D: negate(DIGIT),
  w: WORD,
  W: negate(WORD),
  s: SPACE,
  S: negate(SPACE),
};

/**
 * Parses an OpenAPI `pattern` as ECMAScript with the `u` flag (as JSON
 * Schema validators compile it). Literals, escapes, `.`, classes, `\d \w \s`
 * and their negations, `^ $`, groups, `|` and every quantifier are read;
 * anything else (back-references, lookarounds, `\b`, `\p{…}`, modifiers)
 * throws {@link UnsupportedPattern}, as does a pattern that is not valid
 * with the `u` flag.
 *
 * @example
 * parsePattern('^[a-z]+$'); // { type: 'seq', items: [assert start, repeat chars a-z 1..∞, assert end] }
 */
export function parsePattern(source: string): PatternNode {
  try {
    new RegExp(source, 'u');
  } catch {
    throw new UnsupportedPattern('not a valid pattern with the u flag');
  }
  return new Parser(source).parse();
}

/** A recursive-descent reader over the code points of an already validated pattern. */
class Parser {
  readonly #chars: string[];
  #at = 0;

  constructor(source: string) {
    this.#chars = Array.from(source);
  }

  parse(): PatternNode {
    const node = this.#alternation();
    if (this.#at < this.#chars.length) throw new UnsupportedPattern(`unexpected "${this.#peek()}"`);
    return node;
  }

  #peek(offset = 0): string | undefined {
    return this.#chars[this.#at + offset];
  }

  #next(): string {
    const char = this.#chars[this.#at++];
    if (char === undefined) throw new UnsupportedPattern('unexpected end of pattern');
    return char;
  }

  #eat(char: string): boolean {
    if (this.#peek() !== char) return false;
    this.#at++;
    return true;
  }

  #alternation(): PatternNode {
    const options = [this.#sequence()];
    while (this.#eat('|')) options.push(this.#sequence());
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  #sequence(): PatternNode {
    const items: PatternNode[] = [];
    for (let char = this.#peek(); char !== undefined && char !== '|' && char !== ')'; char = this.#peek()) {
      items.push(this.#quantified(this.#atom()));
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  #quantified(node: PatternNode): PatternNode {
    let min: number;
    let max: number;
    const char = this.#peek();
    if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '?') [min, max] = [0, 1];
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.#chars.slice(this.#at, this.#at + 40).join(''));
      if (!match) return node;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      this.#at += match[0].length - 1;
    } else return node;
    this.#at++;
    this.#eat('?');
    return { type: 'repeat', node, min, max };
  }

  #atom(): PatternNode {
    const char = this.#next();
    switch (char) {
      case '^':
        return { type: 'assert', kind: 'start' };
      case '$':
        return { type: 'assert', kind: 'end' };
      case '.':
        return { type: 'chars', set: DOT };
      case '[':
        return { type: 'chars', set: this.#class() };
      case '(':
        return this.#group();
      case '\\':
        return this.#escape();
      default:
        return literal(char.codePointAt(0)!);
    }
  }

  #group(): PatternNode {
    if (this.#eat('?')) {
      if (this.#eat(':')) {
        // non-capturing group
      } else if (this.#peek() === '<' && this.#peek(1) !== '=' && this.#peek(1) !== '!') {
        while (this.#next() !== '>');
      } else {
        throw new UnsupportedPattern('lookarounds and group modifiers are not decided');
      }
    }
    const node = this.#alternation();
    if (!this.#eat(')')) throw new UnsupportedPattern('unclosed group');
    return node;
  }

  #escape(): PatternNode {
    const char = this.#peek();
    if (char !== undefined && char in CLASS_ESCAPES) {
      this.#at++;
      return { type: 'chars', set: CLASS_ESCAPES[char]! };
    }
    if (char === 'b' || char === 'B') throw new UnsupportedPattern('word boundaries are not decided');
    return literal(this.#characterEscape(false));
  }

  /** The code point of an escape that stands for one character (after the backslash). */
  #characterEscape(inClass: boolean): number {
    const char = this.#next();
    if (char in CONTROL_ESCAPES) return CONTROL_ESCAPES[char]!;
    if (/[1-9]/.test(char) || char === 'k') throw new UnsupportedPattern('back-references are not decided');
    if (char === 'p' || char === 'P') throw new UnsupportedPattern('unicode property escapes are not decided');
    if (char === '0') return 0;
    if (char === 'b' && inClass) return 0x08;
    if (char === 'c') return this.#next().codePointAt(0)! % 32;
    if (char === 'x') return this.#hex(2);
    if (char === 'u') {
      if (this.#eat('{')) {
        let digits = '';
        while (!this.#eat('}')) digits += this.#next();
        return parseInt(digits, 16);
      }
      const lead = this.#hex(4);
      // With the u flag, an escaped surrogate pair is one code point.
      if (lead >= 0xd800 && lead <= 0xdbff && this.#peek() === '\\' && this.#peek(1) === 'u') {
        const trail = parseInt(this.#chars.slice(this.#at + 2, this.#at + 6).join(''), 16);
        if (trail >= 0xdc00 && trail <= 0xdfff) {
          this.#at += 6;
          return (lead - 0xd800) * 0x400 + (trail - 0xdc00) + 0x10000;
        }
      }
      return lead;
    }
    return char.codePointAt(0)!;
  }

  #hex(length: number): number {
    let digits = '';
    for (let i = 0; i < length; i++) digits += this.#next();
    return parseInt(digits, 16);
  }

  /** A class after its `[`, up to and including its `]`. */
  #class(): CharSet {
    const negated = this.#eat('^');
    const parts: Array<readonly [number, number]> = [];
    while (!this.#eat(']')) {
      const from = this.#classAtom();
      if (typeof from !== 'number') {
        parts.push(...from);
        continue;
      }
      if (this.#peek() === '-' && this.#peek(1) !== ']' && this.#peek(1) !== undefined) {
        this.#at++;
        const to = this.#classAtom();
        if (typeof to !== 'number') throw new UnsupportedPattern('a class escape cannot end a range');
        parts.push([from, to]);
      } else parts.push([from, from]);
    }
    const set = charSet(parts);
    return negated ? negate(set) : set;
  }

  #classAtom(): number | CharSet {
    const char = this.#next();
    if (char !== '\\') return char.codePointAt(0)!;
    const escaped = this.#peek();
    if (escaped !== undefined && escaped in CLASS_ESCAPES) {
      this.#at++;
      return CLASS_ESCAPES[escaped]!;
    }
    return this.#characterEscape(true);
  }
}

function literal(code: number): PatternNode {
  return { type: 'chars', set: charSet([[code, code]]) };
}
