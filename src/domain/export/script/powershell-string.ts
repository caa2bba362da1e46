import { wellFormed } from '../text-safety';

/**
 * A PowerShell single-quoted (verbatim) string. PowerShell also ends such strings at the typographic
 * quotes U+2018–U+201B, so each of those is doubled like `'`; nothing else is special inside.
 */
export function psString(text: string): string {
  return `'${wellFormed(text).replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}
