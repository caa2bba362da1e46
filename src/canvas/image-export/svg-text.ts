/**
 * Text for SVG documents: escaped for content and attribute values, and made representable in XML. An
 * unpaired surrogate (which `encodeURIComponent` refuses, and which no encoding can write) and the
 * control characters XML 1.0 forbids become U+FFFD, as they do everywhere else in the studio.
 */

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function svgText(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
