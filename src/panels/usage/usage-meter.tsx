import type { MeterValue, UsageTone } from './usage-format';

const barTone: Record<UsageTone, string> = {
  ok: 'bg-emerald-500 dark:bg-emerald-400',
  warn: 'bg-amber-400 dark:bg-amber-400',
  full: 'bg-orange-500 dark:bg-orange-400',
  over: 'bg-red-600 dark:bg-red-500',
  empty: 'bg-slate-300 dark:bg-slate-600',
};

export interface UsageMeterProps {
  /** Accessible name ("Power Platform demand of snet-powerplatform"). */
  label: string;
  value: MeterValue;
  /** Addresses Azure reserves, drawn as a hatched start of the bar. */
  reserved?: number;
}

/** A usage bar exposed as an ARIA meter with its value as text. */
export function UsageMeter({ label, value, reserved }: UsageMeterProps) {
  const reservedWidth = reserved && value.max > 0 ? Math.min(100, (reserved / value.max) * 100) : 0;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={value.max}
      aria-valuenow={value.now}
      aria-valuetext={value.text}
      title={value.text}
      className="relative h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
    >
      <div className={`h-full rounded-full ${barTone[value.tone]}`} style={{ width: `${value.width}%` }} />
      {reservedWidth > 0 ? (
        <div
          className="absolute inset-y-0 left-0 bg-slate-500/60 dark:bg-slate-300/60"
          style={{ width: `${Math.max(reservedWidth, 1.5)}%` }}
        />
      ) : null}
    </div>
  );
}

const pillTone: Record<UsageTone, string> = {
  ok: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  warn: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  full: 'bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200',
  over: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  empty: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
};

/** A small status word ("Fits", "Near full", "Too small"). */
export function StatusPill({ tone, children }: { tone: UsageTone; children: string }) {
  return (
    <span
      className={`inline-flex shrink-0 rounded px-1.5 py-0.5 text-[11px] font-semibold ${pillTone[tone]}`}
    >
      {children}
    </span>
  );
}
