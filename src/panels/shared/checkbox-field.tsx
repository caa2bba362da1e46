import { useId } from 'react';
import { hintClass } from './form-styles';

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
  disabled?: boolean;
  /** A fuller accessible name than the visible label (it must start with the label). */
  accessibleName?: string;
}

/** A labelled checkbox with an optional hint under it. */
export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  disabled,
  accessibleName,
}: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-label={accessibleName}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
        className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 accent-sky-600 dark:border-slate-600"
      />
      <div>
        <label htmlFor={id} className="text-sm text-slate-800 dark:text-slate-200">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className={hintClass}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
