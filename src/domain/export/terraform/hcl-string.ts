import { commentText, wellFormed } from '../text-safety';

/**
 * Characters written as `\uNNNN` / `\UNNNNNNNN` escapes: control and format characters (bidirectional
 * overrides, zero-width joiners, the byte-order mark), private-use and unassigned code points, and
 * every separator but the plain space. They cannot end a string, but they could make a reviewer read
 * the file differently from Terraform; printable letters, marks, digits and symbols stay as they are.
 */
const INVISIBLE = /[\p{C}\p{Z}]/u;

const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0');

/**
 * The inside of an HCL quoted template: `\` → `\\`, `"` → `\"`, line breaks and tabs as `\n`, `\r`,
 * `\t`, invisible characters as Unicode escapes, and the template introducers doubled (`${` → `$${`,
 * `%{` → `%%{`) so no design text can start an interpolation or a directive. The text is written in
 * Unicode normalization form C, because HCL normalizes every string literal to it anyway (escaped or
 * not): the file shows what Terraform will send.
 */
export function hclEscape(text: string): string {
  // most names are printable ASCII with nothing to escape
  if (/^[\x20-\x7e]*$/.test(text) && !/["\\]|[$%]\{/.test(text)) return text;
  let out = '';
  const chars = [...wellFormed(text).normalize('NFC')];
  chars.forEach((ch, i) => {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch === '$' || ch === '%') && chars[i + 1] === '{') out += ch + ch;
    else if (ch !== ' ' && INVISIBLE.test(ch))
      out += code > 0xffff ? `\\U${hex(code, 8)}` : `\\u${hex(code, 4)}`;
    else out += ch;
  });
  return out;
}

/** An HCL quoted string literal (see {@link hclEscape}). */
export function hclString(text: string): string {
  return `"${hclEscape(text)}"`;
}

/** Text for a `#` comment: one line (see {@link commentText}), with invisible characters as spaces. */
export function hclComment(text: string): string {
  return commentText(text).replace(/[\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, ' ');
}

/**
 * A Terraform identifier (a resource label, a variable or output name) from any text: ASCII letters
 * and digits in snake case, accents dropped (`Zürich` → `zurich`), everything else an underscore;
 * it starts with a letter (else `fallback_` goes first) and is never empty.
 */
export function hclIdentifier(text: string, fallback: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (base === '') return fallback;
  return /^[a-z]/.test(base) ? base : `${fallback}_${base}`;
}
