import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useStudio, useStudioShallow } from '../../store/use-studio';
import { selectBadge, selectExisting, selectInContext } from '../entity-selectors';
import { useSelector } from './use-selector';

/** Connection handles on both sides; with loose connection mode any handle connects to any other. */
export function NodeHandles({ top }: { top?: number }) {
  const style = top === undefined ? undefined : { top };
  return (
    <>
      <Handle type="source" id="l" position={Position.Left} style={style} className="studio-handle" />
      <Handle type="source" id="r" position={Position.Right} style={style} className="studio-handle" />
    </>
  );
}

/**
 * The badge of an object whose change would fix findings: errors strongly (a red disc with the count),
 * warnings quietly (a small amber dot).
 */
export function FindingBadge({ id }: { id: string }) {
  const badge = useStudioShallow(useSelector(selectBadge, id));
  if (!badge) return null;
  const { count } = badge;
  const error = badge.severity === 'error';
  const text = `${count} ${error ? 'error' : 'warning'}${count === 1 ? '' : 's'}`;
  if (!error)
    return (
      <span
        role="img"
        aria-label={text}
        title={text}
        data-severity="warning"
        className="absolute -top-1 -right-1 z-10 h-2.5 w-2.5 rounded-full bg-amber-400 ring-2 ring-white dark:ring-slate-900"
      />
    );
  return (
    <span
      role="img"
      aria-label={text}
      title={text}
      data-severity="error"
      className="absolute -top-2.5 -right-2.5 z-10 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-600 px-1 text-[11px] font-bold text-white shadow ring-2 ring-white dark:ring-slate-900"
    >
      !{count !== 1 ? count : ''}
    </span>
  );
}

/** A dashed outline on objects shown as context of a clicked finding (selected: the one to change). */
export function ContextRing({ id }: { id: string }) {
  const inContext = useStudio(useSelector(selectInContext, id));
  if (!inContext) return null;
  return (
    <span
      data-context="true"
      className="pointer-events-none absolute -inset-1.5 rounded-lg border-2 border-dashed border-amber-500 dark:border-amber-400"
    >
      <span className="sr-only">(part of the selected finding)</span>
    </span>
  );
}

/**
 * A dashed outline and an "existing" tag on objects that already exist in Azure (exports refer to them
 * and never redeploy them). The tag is text, so screen readers and the legend say the same.
 */
export function ExistingMark({ id }: { id: string }) {
  const existing = useStudio(useSelector(selectExisting, id));
  if (!existing) return null;
  return (
    <span
      data-existing="true"
      className="pointer-events-none absolute -inset-[3px] rounded-lg border-2 border-dashed border-slate-600 dark:border-slate-300"
    >
      <span className="absolute -top-2.5 left-2 rounded bg-white px-1 text-[10px] font-semibold uppercase leading-4 tracking-wide text-slate-700 ring-1 ring-slate-500 dark:bg-slate-900 dark:text-slate-200 dark:ring-slate-400">
        existing
      </span>
    </span>
  );
}

/** What every node draws over itself: the finding badge, the context outline and the existing mark. */
export function NodeMarks({ id }: { id: string }) {
  return (
    <>
      <ExistingMark id={id} />
      <ContextRing id={id} />
      <FindingBadge id={id} />
    </>
  );
}

interface CardProps {
  id: string;
  selected: boolean;
  icon: ReactNode;
  title: string;
  lines: ReadonlyArray<ReactNode>;
  accent: string;
}

/** The card used by every object that is not a container. */
export function NodeCard({ id, selected, icon, title, lines, accent }: CardProps) {
  return (
    <div
      className={`relative flex h-full w-full items-center gap-2.5 rounded-md border-l-4 bg-white px-3 py-2 shadow-sm ring-1 dark:bg-slate-800 ${accent} ${
        selected ? 'ring-2 ring-sky-500 dark:ring-sky-400' : 'ring-slate-300 dark:ring-slate-600'
      }`}
    >
      <span className="shrink-0">{icon}</span>
      <div className="min-w-0 flex-1 leading-tight">
        <div className="truncate text-[13px] font-semibold text-slate-900 dark:text-slate-50" title={title}>
          {title}
        </div>
        {lines.map((line, i) => (
          <div key={i} className="truncate text-[11px] text-slate-600 dark:text-slate-300">
            {line}
          </div>
        ))}
      </div>
      <NodeMarks id={id} />
      <NodeHandles />
    </div>
  );
}
