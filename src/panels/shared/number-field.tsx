import { useEffect, useId, useState } from 'react';
import { describedBy, Field } from './field';
import { inputClass } from './form-styles';
import { parseIntegerInput } from './parse-integer';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
  hint?: string;
}

/**
 * A whole-number input. What is typed stays as a draft until it is a valid number within bounds, so the
 * design never receives NaN; an invalid draft shows inline and is dropped on blur.
 */
export function NumberField({ label, value, min, max, onChange, hint }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  // Undo/redo or another editor changed the stored value: show it unless the draft already says so.
  useEffect(() => {
    setDraft((d) => {
      const parsed = parseIntegerInput(d, min, max);
      return parsed.ok && parsed.value === value ? d : String(value);
    });
  }, [value, min, max]);
  const parsed = parseIntegerInput(draft, min, max);
  const error = parsed.ok ? undefined : parsed.message;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} tabular-nums`}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = parseIntegerInput(e.target.value, min, max);
          if (next.ok && next.value !== value) onChange(next.value);
        }}
        onBlur={() => setDraft(String(value))}
      />
    </Field>
  );
}
