import { type ReactNode, useId } from 'react';
import { describedBy, Field } from './field';
import { inputClass } from './form-styles';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  options?: readonly SelectOption[];
  groups?: readonly SelectOptionGroup[];
  hint?: ReactNode;
  error?: ReactNode;
  /** Shown first with the value ''. */
  emptyLabel?: string;
}

/** A labelled select; keeps an unknown stored value visible as its own option instead of hiding it. */
export function SelectField({
  label,
  value,
  onChange,
  options = [],
  groups = [],
  hint,
  error,
  emptyLabel,
}: SelectFieldProps) {
  const id = useId();
  const known =
    value === ''
      ? emptyLabel !== undefined
      : [...options, ...groups.flatMap((g) => g.options)].some((o) => o.value === value);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
        onChange={(e) => onChange(e.target.value)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {!known ? <option value={value}>{value === '' ? '(not set)' : `${value} (unknown)`}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
