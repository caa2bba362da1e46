import { useId, useState } from 'react';
import { buttonClass, hintClass, inputClass, linkButtonClass } from './form-styles';
import { moveItem, removeAt } from './list-ops';
import { RowActions } from './row-actions';
import { Section } from './section';
import type { SelectOption } from './select-field';

export interface LinkListEditorProps {
  title: string;
  /** One link's name ("policy"), for accessible names. */
  itemLabel: string;
  ids: readonly string[];
  /** Every object that can be linked. */
  options: readonly SelectOption[];
  onChange(ids: string[]): void;
  /** Ordered lists show a role per position (Primary, Secondary) and can be reordered. */
  roles?: readonly string[];
  /** Selects a linked object (its name is a button). */
  onOpen?(id: string): void;
  emptyText?: string;
  hint?: string;
  max?: number;
}

/** References from one object to others (an environment's policies, a policy's subnets ...). */
export function LinkListEditor({
  title,
  itemLabel,
  ids,
  options,
  onChange,
  roles,
  onOpen,
  emptyText,
  hint,
  max,
}: LinkListEditorProps) {
  const selectId = useId();
  const [adding, setAdding] = useState('');
  const labelOf = (id: string) => options.find((o) => o.value === id)?.label ?? `${id} (missing)`;
  const available = options.filter((o) => !ids.includes(o.value));
  const full = max !== undefined && ids.length >= max;
  const pick =
    adding !== '' && available.some((o) => o.value === adding) ? adding : (available[0]?.value ?? '');
  return (
    <Section title={title}>
      {hint ? <p className={hintClass}>{hint}</p> : null}
      {ids.length === 0 && emptyText ? <p className={hintClass}>{emptyText}</p> : null}
      <ol className="space-y-1">
        {ids.map((id, i) => (
          <li key={id} className="flex items-start gap-2 text-sm">
            {roles ? (
              <span className="w-16 shrink-0 pt-0.5 text-xs font-medium text-slate-500 dark:text-slate-400">
                {roles[i] ?? `#${i + 1}`}
              </span>
            ) : null}
            <span className="min-w-0 flex-1 break-words pt-0.5">
              {onOpen ? (
                <button type="button" className={linkButtonClass} onClick={() => onOpen(id)}>
                  {labelOf(id)}
                </button>
              ) : (
                labelOf(id)
              )}
            </span>
            <RowActions
              itemName={`${itemLabel} ${labelOf(id)}`}
              index={i}
              count={ids.length}
              onMove={roles ? (d) => onChange(moveItem(ids, i, d)) : undefined}
              onRemove={() => onChange(removeAt(ids, i))}
            />
          </li>
        ))}
      </ol>
      {available.length > 0 && !full ? (
        <div className="flex items-center gap-1">
          <label htmlFor={selectId} className="sr-only">
            {`Add ${itemLabel}`}
          </label>
          <select
            id={selectId}
            className={inputClass}
            value={pick}
            onChange={(e) => setAdding(e.target.value)}
          >
            {available.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={buttonClass}
            disabled={pick === ''}
            onClick={() => {
              if (pick !== '') onChange([...ids, pick]);
              setAdding('');
            }}
          >
            Link
          </button>
        </div>
      ) : null}
    </Section>
  );
}
