import { type ReactNode, useId } from 'react';
import { buttonClass, hintClass } from './form-styles';
import { PlusIcon } from './icons';
import { moveItem, removeAt, replaceAt } from './list-ops';
import { lowerFirst } from './lower-first';
import { RowActions } from './row-actions';
import { Section } from './section';

export interface ObjectListEditorProps<T> {
  title: string;
  /** One item's name ("Security rule"). */
  itemLabel: string;
  items: readonly T[];
  /** `typingKey` is set when the change is typing in one field of one item. */
  onChange(next: T[], typingKey?: string): void;
  newItem(items: readonly T[]): T;
  /** Heading of one item (usually its name). */
  itemTitle(item: T, index: number): string;
  renderItem(item: T, update: (patch: Partial<T>, typingField?: string) => void, index: number): ReactNode;
  emptyText?: string;
  reorderable?: boolean;
}

/** An editable list of small records (security rules, routes, public IPs, occupants). */
export function ObjectListEditor<T extends object>({
  title,
  itemLabel,
  items,
  onChange,
  newItem,
  itemTitle,
  renderItem,
  emptyText,
  reorderable,
}: ObjectListEditorProps<T>) {
  const baseId = useId();
  return (
    <Section
      title={`${title} (${items.length})`}
      actions={
        <button type="button" className={buttonClass} onClick={() => onChange([...items, newItem(items)])}>
          <PlusIcon /> Add {lowerFirst(itemLabel)}
        </button>
      }
    >
      {items.length === 0 && emptyText ? <p className={hintClass}>{emptyText}</p> : null}
      <ol className="space-y-2">
        {items.map((item, i) => {
          const update = (patch: Partial<T>, typingField?: string) =>
            onChange(
              replaceAt(items, i, { ...item, ...patch }),
              typingField === undefined ? undefined : `${i}.${typingField}`,
            );
          const heading = itemTitle(item, i);
          return (
            <li
              // Keyed by position: records have no ids; rows are list positions
              key={i}
              className="rounded-md border border-slate-200 bg-slate-50/60 p-2 dark:border-slate-700 dark:bg-slate-800/40"
            >
              <div role="group" aria-labelledby={`${baseId}-${i}`} className="space-y-2">
                <div className="flex items-center justify-between gap-2">
                  <span
                    id={`${baseId}-${i}`}
                    className="truncate text-xs font-semibold text-slate-700 dark:text-slate-200"
                  >
                    {heading}
                  </span>
                  <RowActions
                    itemName={`${lowerFirst(itemLabel)} ${i + 1}`}
                    index={i}
                    count={items.length}
                    onMove={reorderable ? (d) => onChange(moveItem(items, i, d)) : undefined}
                    onRemove={() => onChange(removeAt(items, i))}
                  />
                </div>
                {renderItem(item, update, i)}
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
