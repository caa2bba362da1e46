import { useId } from 'react';
import { parseCidr } from '../../domain/ip/cidr';
import { describedBy } from './field';
import { buttonClass, errorClass, hintClass, labelClass, monoInputClass } from './form-styles';

export interface CidrInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** A free block to offer (e.g. the next free subnet of the VNet). */
  freeBlock?: string;
  /** Label of the free-block offer, e.g. "Next free /24". */
  freeBlockLabel?: string;
  hint?: string;
  /** Hide the visible label (a list row already says what it is); the accessible name stays. */
  compact?: boolean;
}

/**
 * A CIDR input that validates as you type: the design keeps the text as typed (so a half-typed prefix is
 * never lost), and the parser's precise error shows inline with its suggested network address one click
 * away.
 */
export function CidrInput({
  label,
  value,
  onChange,
  freeBlock,
  freeBlockLabel,
  hint,
  compact,
}: CidrInputProps) {
  const id = useId();
  const parsed = parseCidr(value);
  const error = parsed.ok ? undefined : parsed.message;
  const suggestion = parsed.ok ? undefined : parsed.suggestion;
  const offerFree = freeBlock !== undefined && freeBlock !== value.trim() && freeBlock !== suggestion;
  return (
    <div className="min-w-0 flex-1 space-y-1">
      <label htmlFor={id} className={compact ? 'sr-only' : labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        placeholder="10.0.0.0/24"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={monoInputClass}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      ) : null}
      {suggestion || offerFree ? (
        <div className="flex flex-wrap gap-1">
          {suggestion ? (
            <button type="button" className={buttonClass} onClick={() => onChange(suggestion)}>
              Use {suggestion}
            </button>
          ) : null}
          {offerFree ? (
            <button
              type="button"
              className={buttonClass}
              aria-label={`${freeBlockLabel ?? 'Free block'}: use ${freeBlock}`}
              onClick={() => onChange(freeBlock)}
            >
              {freeBlockLabel ?? 'Free block'}: <span className="font-mono">{freeBlock}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
