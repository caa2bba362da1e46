/**
 * A value picked from a catalogue list (geographies, regions, policy locations) with search: the field
 * shows the chosen entry's label, typing filters the list by label or value, arrow keys and Enter pick,
 * and any other text is kept as typed (after `resolve` turns a label such as "United States" into its
 * value), so a value the catalogue does not know yet stays possible. ARIA 1.2 combobox pattern.
 */
import { type ReactNode, useId, useMemo, useState } from 'react';
import { describedBy, Field } from './field';
import { inputClass } from './form-styles';

export interface ComboOption {
  value: string;
  label: string;
  /** A heading the option is listed under (a geography for a region). */
  group?: string;
}

export interface CatalogComboboxProps {
  label: string;
  value: string;
  options: readonly ComboOption[];
  onChange(value: string): void;
  /** The value typed text means, when it names an option by its label; otherwise the text is kept. */
  resolve?(text: string): string | undefined;
  hint?: ReactNode;
  placeholder?: string;
}

const MAX_SHOWN = 60;

export function CatalogCombobox({
  label,
  value,
  options,
  onChange,
  resolve,
  hint,
  placeholder,
}: CatalogComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const shown = options.find((o) => o.value === value)?.label ?? value;
  const [text, setText] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = (text ?? '').trim().toLowerCase();
  const matches = useMemo(
    () =>
      (query === ''
        ? options
        : options.filter(
            (o) =>
              o.label.toLowerCase().includes(query) ||
              o.value.toLowerCase().includes(query) ||
              (o.group ?? '').toLowerCase().includes(query),
          )
      ).slice(0, MAX_SHOWN),
    [options, query],
  );

  const close = () => {
    setOpen(false);
    setActive(-1);
    setText(undefined);
  };
  const pick = (v: string) => {
    if (v !== value) onChange(v);
    close();
  };
  const commitTyped = () => {
    if (text === undefined) return close();
    const typed = text.trim();
    const exact = options.find((o) => o.label.toLowerCase() === typed.toLowerCase());
    pick(exact?.value ?? resolve?.(typed) ?? typed);
  };

  return (
    <Field id={id} label={label} hint={hint}>
      <div className="relative">
        <input
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-describedby={describedBy(id, hint, undefined)}
          autoComplete="off"
          spellCheck={false}
          className={inputClass}
          placeholder={placeholder}
          value={text ?? shown}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => setOpen(true)}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={commitTyped}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              if (!open) setOpen(true);
              const step = e.key === 'ArrowDown' ? 1 : -1;
              setActive((a) => Math.max(0, Math.min(matches.length - 1, a + step)));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const chosen = open && active >= 0 ? matches[active] : undefined;
              if (chosen) pick(chosen.value);
              else commitTyped();
            } else if (e.key === 'Escape' && (open || text !== undefined)) {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        />
        {open && matches.length > 0 ? (
          <ul
            id={listId}
            role="listbox"
            aria-label={label}
            className="absolute z-20 mt-1 max-h-60 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-800"
          >
            {matches.map((o, i) => (
              <li
                key={o.value}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={o.value === value}
                className={`cursor-pointer px-2 py-1 text-slate-900 dark:text-slate-100 ${
                  i === active ? 'bg-sky-100 dark:bg-sky-900' : ''
                }`}
                // Picked before the input's blur commits the typed text.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(o.value);
                }}
              >
                {o.label}
                {o.group ? (
                  <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">· {o.group}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Field>
  );
}
