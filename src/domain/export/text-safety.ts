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
