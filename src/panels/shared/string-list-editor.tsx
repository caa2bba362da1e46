import { useId } from 'react';
import { isIpv4Address } from '../../domain/ip/cidr';
import { CidrInput } from './cidr-input';
import { buttonClass, errorClass, hintClass, monoInputClass } from './form-styles';
import { PlusIcon } from './icons';
import { moveItem, removeAt, replaceAt } from './list-ops';
import { lowerFirst } from './lower-first';
import { RowActions } from './row-actions';
import { Section } from './section';

export interface StringListEditorProps {
  /** Section title ("Address prefixes"). */
  title: string;
  /** One item's name ("Address prefix"), numbered in accessible names. */
  itemLabel: string;
  items: readonly string[];
  /** `typingIndex` is set when the change is typing in one row (so it coalesces into one undo step). */
  onChange(next: string[], typingIndex?: number): void;
  kind: 'cidr' | 'ip' | 'text';
  /** The value of a new row. */
  newItem(): string;
  emptyText?: string;
  hint?: string;
  /** A free block offered on the rows of a `cidr` list. */
  freeBlockFor?(index: number): string | undefined;
  /** Text inputs offer these values (a datalist). */
  suggestions?: readonly string[];
}

/** An editable list of short strings: address prefixes, DNS servers, delegations. */
export function StringListEditor({
  title,
  itemLabel,
  items,
  onChange,
  kind,
  newItem,
  emptyText,
  hint,
  freeBlockFor,
  suggestions,
}: StringListEditorProps) {
  const baseId = useId();
  const listId = suggestions ? `${baseId}-options` : undefined;
  return (
    <Section
      title={title}
      actions={
        <button type="button" className={buttonClass} onClick={() => onChange([...items, newItem()])}>
          <PlusIcon /> Add {lowerFirst(itemLabel)}
        </button>
      }
    >
      {hint ? <p className={hintClass}>{hint}</p> : null}
      {items.length === 0 && emptyText ? <p className={hintClass}>{emptyText}</p> : null}
      {listId ? (
        <datalist id={listId}>
          {suggestions?.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      <ul className="space-y-2">
        {items.map((item, i) => {
          const name = `${lowerFirst(itemLabel)} ${i + 1}`;
          const label = `${itemLabel} ${i + 1}`;
          const set = (v: string) => onChange(replaceAt(items, i, v), i);
          const inputId = `${baseId}-${i}`;
          const ipError =
            kind === 'ip' && !isIpv4Address(item) ? `“${item}” is not an IPv4 address.` : undefined;
          return (
            // Keyed by position: rows are positions in a list of plain strings
            <li key={i} className="flex items-start gap-1">
              {kind === 'cidr' ? (
                <CidrInput
                  label={label}
                  compact
                  value={item}
                  onChange={set}
                  freeBlock={freeBlockFor?.(i)}
                  freeBlockLabel="Free"
                />
              ) : (
                <div className="min-w-0 flex-1 space-y-1">
                  <label htmlFor={inputId} className="sr-only">
                    {label}
                  </label>
                  <input
                    id={inputId}
                    type="text"
                    value={item}
                    list={listId}
                    spellCheck={false}
                    aria-invalid={ipError ? true : undefined}
                    aria-describedby={ipError ? `${inputId}-error` : undefined}
                    className={monoInputClass}
                    onChange={(e) => set(e.target.value)}
                  />
                  {ipError ? (
                    <p id={`${inputId}-error`} className={errorClass}>
                      {ipError}
                    </p>
                  ) : null}
                </div>
              )}
              <RowActions
                itemName={name}
                index={i}
                count={items.length}
                onMove={(d) => onChange(moveItem(items, i, d))}
                onRemove={() => onChange(removeAt(items, i))}
              />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
