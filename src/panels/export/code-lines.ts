/**
 * The code view's model: lines of spans, each with a light and a dark colour. Plain text and highlighted
 * text share it, so the view renders both the same way (no layout jump when highlighting arrives).
 */
import type { ThemedTokenWithVariants } from 'shiki/core';

export interface CodeSpan {
  text: string;
  /** Colours as `#rrggbb`; absent: the code block's own colour. */
  light?: string;
  dark?: string;
  italic?: boolean;
  bold?: boolean;
}

export type CodeLine = CodeSpan[];

/** One span per line, uncoloured. `\r\n` and `\n` both end a line. */
export function plainLines(text: string): CodeLine[] {
  return text.split(/\r?\n/).map((line) => (line ? [{ text: line }] : []));
}

// TextMate font style bits (FontStyle in vscode-textmate): -1 is "not set".
const ITALIC = 1;
const BOLD = 2;

const HEX = /^#[0-9a-f]{3,8}$/i;

/** A colour from the highlighter, only when it is a plain hex colour (it ends up in a style). */
function colour(value: string | undefined, fallback: string | undefined): string | undefined {
  if (!value || !HEX.test(value)) return undefined;
  return value.toLowerCase() === fallback?.toLowerCase() ? undefined : value;
}

/** The theme's foreground colours: tokens in that colour need no style of their own. */
export interface ThemeForegrounds {
  light?: string;
  dark?: string;
}

const sameStyle = (a: CodeSpan, b: CodeSpan) =>
  a.light === b.light && a.dark === b.dark && a.italic === b.italic && a.bold === b.bold;

/**
 * Maps the highlighter's tokens (with `light` and `dark` variants) to code lines: colours kept only when
 * they are hex colours and differ from the theme's foreground, neighbouring spans of the same style
 * merged, so a line has as few elements as its colours need.
 */
export function tokensToLines(
  tokens: readonly (readonly ThemedTokenWithVariants[])[],
  foregrounds: ThemeForegrounds = {},
): CodeLine[] {
  return tokens.map((line) => {
    const spans: CodeLine = [];
    for (const token of line) {
      if (!token.content) continue;
      const light = token.variants.light;
      const dark = token.variants.dark;
      const style = light?.fontStyle ?? -1;
      const span: CodeSpan = { text: token.content };
      const l = colour(light?.color, foregrounds.light);
      const d = colour(dark?.color, foregrounds.dark);
      if (l) span.light = l;
      if (d) span.dark = d;
      if (style > 0 && style & ITALIC) span.italic = true;
      if (style > 0 && style & BOLD) span.bold = true;
      const last = spans[spans.length - 1];
      if (last && sameStyle(last, span)) last.text += span.text;
      else spans.push(span);
    }
    return spans;
  });
}

/** The text of code lines (for tests and checks: highlighting never changes the text). */
export function linesText(lines: readonly CodeLine[]): string {
  return lines.map((line) => line.map((s) => s.text).join('')).join('\n');
}
