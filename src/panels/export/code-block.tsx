import { type CSSProperties, type RefObject, useEffect, useMemo, useState } from 'react';
import type { CodeLine, CodeSpan } from './code-lines';
import { visibleRange, WINDOW_THRESHOLD } from './visible-range';

/** Row height in pixels (`leading-5`) and the listing's top padding (`py-3`). */
const LINE_HEIGHT = 20;
const PADDING_TOP = 12;

function Span({ span }: { span: CodeSpan }) {
  if (!span.light && !span.dark && !span.italic && !span.bold) return span.text;
  // Both colours travel as custom properties; the colour scheme picks one (no HTML is injected).
  const style = {
    '--code-light': span.light ?? 'currentcolor',
    '--code-dark': span.dark ?? 'currentcolor',
  } as CSSProperties;
  // Whole class names only (the stylesheet is generated from the names found in the source).
  const classes = ['text-(--code-light) dark:text-(--code-dark)'];
  if (span.italic) classes.push('italic');
  if (span.bold) classes.push('font-semibold');
  return (
    <span style={style} className={classes.join(' ')}>
      {span.text}
    </span>
  );
}

function Row({ line, number, gutter }: { line: CodeLine; number: number; gutter: string }) {
  return (
    <div className="flex h-5">
      <span
        aria-hidden="true"
        style={{ width: gutter }}
        className="sticky left-0 mr-3 shrink-0 select-none border-r border-slate-200 bg-slate-50 pr-3 text-right text-slate-600 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-400"
      >
        {number}
      </span>
      <span className="whitespace-pre pr-4">
        {line.map((span, j) => (
          // Spans have no identity beyond their position.
          <Span key={j} span={span} />
        ))}
      </span>
    </div>
  );
}

/** The scroller's position and height, following scrolls and resizes. */
function useViewport(scroller: RefObject<HTMLElement | null>, active: boolean) {
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  useEffect(() => {
    const element = scroller.current;
    if (!active || !element) return;
    const update = () => setViewport({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scroller, active]);
  return viewport;
}

/**
 * A read-only code listing with line numbers. Lines are elements of their own so that a selection
 * copies the code without the numbers (they are not selectable and hidden from assistive technology).
 * Long listings render only the rows in view of `scroller`, so a large design's template stays smooth.
 */
export function CodeBlock({
  lines,
  highlighted,
  scroller,
}: {
  lines: readonly CodeLine[];
  highlighted: boolean;
  scroller: RefObject<HTMLElement | null>;
}) {
  const windowed = lines.length > WINDOW_THRESHOLD;
  const viewport = useViewport(scroller, windowed);
  const digits = String(lines.length).length;
  const gutter = `${digits + 3}ch`;
  // The widest line sets the width, so it does not change with the rows in view.
  const widest = useMemo(
    () =>
      windowed
        ? lines.reduce(
            (max, l) =>
              Math.max(
                max,
                l.reduce((n, s) => n + s.text.length, 0),
              ),
            0,
          )
        : 0,
    [lines, windowed],
  );
  const { start, end } = windowed
    ? visibleRange(viewport.top, viewport.height, lines.length, LINE_HEIGHT, PADDING_TOP)
    : { start: 0, end: lines.length };
  return (
    <pre
      data-highlighted={highlighted ? 'true' : 'false'}
      className="min-w-fit py-3 font-mono text-[13px] leading-5 text-slate-800 dark:text-slate-200"
    >
      <code
        className="block"
        style={windowed ? { minWidth: `calc(${digits + 3 + widest}ch + 1.75rem)` } : undefined}
      >
        {start > 0 ? <div style={{ height: start * LINE_HEIGHT }} /> : null}
        {lines.slice(start, end).map((line, i) => (
          <Row key={start + i} line={line} number={start + i + 1} gutter={gutter} />
        ))}
        {end < lines.length ? <div style={{ height: (lines.length - end) * LINE_HEIGHT }} /> : null}
      </code>
    </pre>
  );
}
