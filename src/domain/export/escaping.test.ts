/**
 * Escaping, checked as properties over arbitrary text (fast-check): whatever a design contains, each
 * target reads back exactly the intended text and nothing escapes its string or comment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { armLiteralString, armValue, resourceLookup } from './arm/arm-expression';
import { bicepEscape, bicepString } from './bicep/bicep-string';
import { prefixed, resourceName, str } from './plan/expr';
import { psString } from './script/powershell-string';
import { evaluateArmString } from './test-support/arm-name';
import { commentText, exportableText, wellFormed } from './text-safety';

const text = fc.string({ unit: 'binary', maxLength: 60 });
const hazards = fc
  .array(
    fc.constantFrom(
      "'",
      '"',
      '\\',
      '$',
      '{',
      '}',
      '${',
      '[',
      ']',
      '\n',
      '\r',
      '\u2028',
      '😀',
      'é',
      '‘',
      '’',
      '#>',
      '*/',
      '\uD800',
      'a',
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(text, hazards);

/** Reads a Bicep single-quoted literal back, the way Bicep's lexer does; throws where Bicep would fail. */
function readBicepString(literal: string): string {
  if (!literal.startsWith("'") || !literal.endsWith("'")) throw new Error('not quoted');
  let out = '';
  const body = literal.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "'" || c === '\n' || c === '\r') throw new Error(`raw ${JSON.stringify(c)} at ${i}`);
    if (c === '$' && body[i + 1] === '{') throw new Error('interpolation');
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    const simple: Record<string, string> = { '\\': '\\', "'": "'", $: '$', n: '\n', r: '\r', t: '\t' };
    if (n !== undefined && n in simple) out += simple[n];
    else if (n === 'u') {
      const m = /^\{([0-9A-Fa-f]+)\}/.exec(body.slice(i + 1));
      if (!m) throw new Error('bad \\u');
      out += String.fromCodePoint(Number.parseInt(m[1] as string, 16));
      i += (m[0] as string).length;
    } else throw new Error(`bad escape \\${n}`);
  }
  return out;
}

/** Reads a PowerShell verbatim string back: any single-quote character pair is one quote. */
function readPsString(literal: string): string {
  const q = /['\u2018\u2019\u201A\u201B]/;
  if (!q.test(literal[0] as string)) throw new Error('not quoted');
  let out = '';
  for (let i = 1; i < literal.length; i++) {
    const c = literal[i] as string;
    if (q.test(c)) {
      if (i + 1 < literal.length && q.test(literal[i + 1] as string)) {
        out += c;
        i++;
        continue;
      }
      if (i !== literal.length - 1) throw new Error(`string ends early at ${i}`);
      return out;
    }
    out += c;
  }
  throw new Error('unterminated');
}

describe('Bicep strings', () => {
  it('escapes quotes, backslashes, interpolation and line breaks', () => {
    expect(bicepString("it's ${x} \\ \n")).toBe("'it\\'s \\${x} \\\\ \\n'");
    expect(bicepEscape('\u2028')).toBe('\\u{2028}');
  });

  it('reads back as the same (well-formed) text for any input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(readBicepString(bicepString(s))).toBe(wellFormed(s));
      }),
    );
  });
});

describe('PowerShell strings', () => {
  it('doubles every kind of single quote', () => {
    expect(psString("it's ‘x’")).toBe("'it''s ‘‘x’’'");
  });

  it('reads back as the same text and ends exactly at the closing quote', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(readPsString(psString(s))).toBe(wellFormed(s));
      }),
    );
  });
});

describe('ARM strings', () => {
  it('escapes a literal that looks like an expression', () => {
    expect(armLiteralString('[x]')).toBe('[[x]');
    expect(armLiteralString('[x')).toBe('[x');
    expect(evaluateArmString('[[x]', {})).toBe('[x]');
  });

  it('evaluates a literal value back to the text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(evaluateArmString(armValue(str(s), resourceLookup([])) as string, {})).toBe(s);
      }),
    );
  });

  it('evaluates a prefixed name back to prefix + name, through variables for non-ASCII names', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const lookup = resourceLookup([]);
        const value = armValue(prefixed(s), lookup) as string;
        const variables = Object.fromEntries(
          [...lookup.nameVariables].map(([t, n]) => [n, armLiteralString(t)]),
        );
        expect(evaluateArmString(value, { namePrefix: 'p-' }, variables)).toBe(`p-${resourceName(s)}`);
        expect(value).not.toMatch(/[^\x00-\x7f]/);
      }),
    );
  });
});

describe('comments and text', () => {
  it('keeps comment text on one line', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(commentText(s)).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
      }),
    );
  });

  it('makes text UTF-8 encodable and free of U+2028/U+2029', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const t = exportableText(s);
        expect(Buffer.from(t, 'utf8').toString('utf8')).toBe(t);
        expect(t).not.toMatch(/[\u2028\u2029]/);
      }),
    );
  });
});
