import type { ThemedTokenWithVariants } from 'shiki/core';
import { describe, expect, it } from 'vitest';
import { linesText, plainLines, tokensToLines } from './code-lines';

const token = (
  content: string,
  light?: string,
  dark?: string,
  fontStyle?: number,
): ThemedTokenWithVariants => ({
  content,
  offset: 0,
  variants: { light: { color: light, fontStyle }, dark: { color: dark, fontStyle } },
});

describe('plainLines', () => {
  it('splits on LF and CRLF and keeps empty lines empty', () => {
    expect(plainLines('a\r\nb\n\nc')).toEqual([[{ text: 'a' }], [{ text: 'b' }], [], [{ text: 'c' }]]);
    expect(linesText(plainLines('x\n\ny'))).toBe('x\n\ny');
  });
});

describe('tokensToLines', () => {
  it('keeps both colours and drops the theme foreground', () => {
    const lines = tokensToLines([[token('param', '#D73A49', '#F97583'), token(' x', '#24292E', '#E1E4E8')]], {
      light: '#24292e',
      dark: '#e1e4e8',
    });
    expect(lines).toEqual([[{ text: 'param', light: '#D73A49', dark: '#F97583' }, { text: ' x' }]]);
  });

  it('merges neighbours of the same style and maps italic and bold bits', () => {
    const lines = tokensToLines([
      [
        token('a', '#111111', '#eeeeee'),
        token('b', '#111111', '#eeeeee'),
        token('c', '#222222', '#dddddd', 3),
      ],
    ]);
    expect(lines[0]).toEqual([
      { text: 'ab', light: '#111111', dark: '#eeeeee' },
      { text: 'c', light: '#222222', dark: '#dddddd', italic: true, bold: true },
    ]);
  });

  it('treats "not set" font style as none and skips empty tokens', () => {
    const lines = tokensToLines([[token('', '#111111'), token('x', '#111111', undefined, -1)]]);
    expect(lines[0]).toEqual([{ text: 'x', light: '#111111' }]);
  });

  it('refuses colours that are not hex (they end up in a style)', () => {
    const lines = tokensToLines([[token('x', 'red;background:url(x)', 'var(--evil)')]]);
    expect(lines[0]).toEqual([{ text: 'x' }]);
  });

  it('keeps the text exactly, including markup-like content', () => {
    const text = ['<script>alert(1)</script>', '', '  \'a\' & "b"'];
    const lines = tokensToLines(text.map((t) => (t ? [token(t, '#123456', '#654321')] : [])));
    expect(linesText(lines)).toBe(text.join('\n'));
  });
});
