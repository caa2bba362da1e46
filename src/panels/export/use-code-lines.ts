import { useEffect, useMemo, useState } from 'react';
import { type CodeLine, plainLines } from './code-lines';
import { type CodeLanguage, HIGHLIGHT_LIMIT, loadHighlighter } from './highlighter';

/** Recently highlighted texts, so switching tabs back shows colours at once. */
const recent = new Map<string, CodeLine[]>();
const RECENT_LIMIT = 8;

const keyOf = (text: string, language: CodeLanguage) => `${language}\n${text}`;

/**
 * The lines of `text`: plain at once, highlighted once the highlighter has loaded (a moment later, never
 * blocking the first paint). Texts over the size limit, and any highlighter failure, stay plain.
 */
export function useCodeLines(
  text: string,
  language: CodeLanguage,
): { lines: CodeLine[]; highlighted: boolean } {
  const key = keyOf(text, language);
  const plain = useMemo(() => plainLines(text), [text]);
  const [done, setDone] = useState<{ key: string; lines: CodeLine[] }>();

  useEffect(() => {
    if (recent.has(key) || text.length > HIGHLIGHT_LIMIT) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    loadHighlighter().then(
      (highlight) => {
        if (cancelled) return;
        // A macrotask later: the plain text paints first, and a tab switched away in between is skipped.
        timer = setTimeout(() => {
          if (cancelled) return;
          try {
            const lines = highlight(text, language);
            recent.set(key, lines);
            if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
            setDone({ key, lines });
          } catch {
            // The plain text stays.
          }
        }, 0);
      },
      () => {
        // Not loaded (offline after an update, a blocked chunk): the plain text stays.
      },
    );
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [key, text, language]);

  const cached = recent.get(key) ?? (done?.key === key ? done.lines : undefined);
  return cached ? { lines: cached, highlighted: true } : { lines: plain, highlighted: false };
}
