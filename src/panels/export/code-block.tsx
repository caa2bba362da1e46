import type { CSSProperties } from 'react';
import type { CodeLine, CodeSpan } from './code-lines';

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

/**
 * A read-only code listing with line numbers. Lines are elements of their own so that a selection
 * copies the code without the numbers (they are not selectable and hidden from assistive technology).
 */
export function CodeBlock({ lines, highlighted }: { lines: readonly CodeLine[]; highlighted: boolean }) {
  const digits = String(lines.length).length;
  return (
    <pre
      data-highlighted={highlighted ? 'true' : 'false'}
      className="min-w-fit py-3 font-mono text-[13px] leading-5 text-slate-800 dark:text-slate-200"
    >
      <code className="block">
        {lines.map((line, i) => (
          // Lines have no identity beyond their position.
          <div key={i} className="flex min-h-5">
            <span
              aria-hidden="true"
              style={{ width: `${digits + 3}ch` }}
              className="sticky left-0 shrink-0 select-none border-r border-slate-200 bg-slate-50 pr-3 mr-3 text-right dark:border-slate-800 text-slate-400 dark:bg-slate-950 dark:text-slate-500"
            >
              {i + 1}
            </span>
            <span className="whitespace-pre pr-4">
              {line.map((span, j) => (
                <Span key={j} span={span} />
              ))}
            </span>
          </div>
        ))}
      </code>
    </pre>
  );
}
