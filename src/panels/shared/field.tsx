import type { ReactNode } from 'react';
import { errorClass, hintClass, labelClass } from './form-styles';

export interface FieldProps {
  /** The control's id; the label points at it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
  children: ReactNode;
  /** Extra content after the error (e.g. a button applying a suggestion). */
  after?: ReactNode;
}

/** Ids of a field's hint and error, for `aria-describedby`. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A labelled form row: label, control, hint and an inline error. */
export function Field({ id, label, hint, error, children, after }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      ) : null}
      {after}
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
