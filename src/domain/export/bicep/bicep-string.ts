import { wellFormed } from '../text-safety';

/**
 * The inside of a Bicep single-quoted string: `\` → `\\`, `'` → `\'`, `${` → `\${`, line breaks and
 * other control characters as escapes, so no design text can end the string or start an interpolation.
 */
export function bicepEscape(text: string): string {
  let out = '';
  for (const ch of wellFormed(text)) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '$') out += '\\$';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      out += `\\u{${code.toString(16).toUpperCase()}}`;
    else out += ch;
  }
  return out;
}

/** A Bicep single-quoted string literal. */
export function bicepString(text: string): string {
  return `'${bicepEscape(text)}'`;
}
