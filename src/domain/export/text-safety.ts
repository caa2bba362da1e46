/**
 * Text clean-up shared by every target: what a design may contain (any Unicode, control characters,
 * unpaired surrogates) must never break out of a comment or a string literal.
 */

/** Replaces unpaired UTF-16 surrogates (not encodable as UTF-8) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * One line of comment text: line breaks (including U+2028/U+2029/NEL) and other control characters
 * become spaces, so a name can never end a line comment and continue as code.
 */
export function commentText(text: string): string {
  return wellFormed(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/**
 * Text as every target can carry it: well-formed (see {@link wellFormed}), and U+2028/U+2029 as "\n"
 * (`bicep decompile` writes them unescaped into strings, where Bicep's lexer then sees a line break).
 */
export function exportableText(text: string): string {
  return wellFormed(text).replace(/[\u2028\u2029]/g, '\n');
}

/**
 * The value with every string made exportable (see {@link exportableText}); the same object when
 * nothing needed it, so memoized lookups on the design keep working.
 */
export function exportableDeep<T>(value: T): T {
  if (typeof value === 'string') return exportableText(value) as T;
  if (Array.isArray(value)) {
    const items = value.map(exportableDeep);
    return (items.some((x, i) => x !== value[i]) ? items : value) as T;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, exportableDeep(v)] as const);
    const changed = entries.some(([k, v]) => v !== (value as Record<string, unknown>)[k]);
    return (changed ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}
