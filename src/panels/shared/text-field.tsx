import { type ReactNode, useId } from 'react';
import { describedBy, Field } from './field';
import { inputClass, monoInputClass } from './form-styles';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: ReactNode;
  placeholder?: string;
  maxLength?: number;
  mono?: boolean;
  multiline?: boolean;
  list?: string;
  /** A fuller accessible name than the visible label (it must start with the label). */
  accessibleName?: string;
}

/** A labelled text input (or textarea) bound to a design field. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  placeholder,
  maxLength,
  mono,
  multiline,
  list,
  accessibleName,
}: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    value,
    placeholder,
    maxLength,
    'aria-label': accessibleName,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    spellCheck: false,
    className: mono ? monoInputClass : inputClass,
  };
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" list={list} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
