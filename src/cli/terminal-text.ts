import { wellFormed } from '../domain/export/text-safety';

/**
 * Text from designs (names, messages quoting them) as a terminal can show it: control characters (C0 but
 * tab and line feed, DEL, C1, and the line and paragraph separators) become visible escapes such as `\x1b`,
 * so a name can't clear the screen, set the title or overwrite earlier lines. Lone surrogates become U+FFFD.
 */
export function terminalText(text: string): string {
  return wellFormed(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff
      ? `\\u${code.toString(16).padStart(4, '0')}`
      : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
