import { useMemo } from 'react';
import { regionOptionGroups } from './region-options';
import { SelectField } from './select-field';

export interface RegionPickerProps {
  label: string;
  value: string;
  onChange(region: string): void;
  hint?: string;
  /** Offer an empty choice with this label (for optional regions). */
  emptyLabel?: string;
}

/** An Azure region select grouped by Power Platform geography, with display names. */
export function RegionPicker({ label, value, onChange, hint, emptyLabel }: RegionPickerProps) {
  const groups = useMemo(regionOptionGroups, []);
  return (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      groups={groups}
      hint={hint}
      emptyLabel={emptyLabel}
    />
  );
}
