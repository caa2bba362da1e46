import { useEffect, useRef } from 'react';
import { regionLabel } from '../../domain/catalog/regions';
import type { VnetUsage } from '../../domain/usage';
import { hintClass, linkButtonClass } from '../shared/form-styles';
import { formatCount } from '../shared/format';
import { SubnetUsageRow } from './subnet-usage-row';
import { meterValue } from './usage-format';
import { UsageMeter } from './usage-meter';

/** How much of one VNet's address space its subnets take, its free ranges, and each subnet. */
export function VnetUsageCard({
  vnet,
  onOpen,
  selected,
}: {
  vnet: VnetUsage;
  onOpen(id: string): void;
  selected: ReadonlySet<string>;
}) {
  const headingId = `usage-vnet-${vnet.vnetId}`;
  const ref = useRef<HTMLElement>(null);
  const holdsSelection = selected.has(vnet.vnetId) || vnet.subnets.some((s) => selected.has(s.subnetId));
  // Bring the card of an object selected elsewhere into view (no scroll when it already shows).
  useEffect(() => {
    if (holdsSelection) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [holdsSelection]);
  return (
    <section
      ref={ref}
      aria-labelledby={headingId}
      className={`space-y-2 rounded-lg border bg-white p-3 dark:bg-slate-900 ${
        holdsSelection ? 'border-sky-400 dark:border-sky-500' : 'border-slate-200 dark:border-slate-700'
      }`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="min-w-0 truncate text-sm font-semibold">
          <button type="button" className={linkButtonClass} onClick={() => onOpen(vnet.vnetId)}>
            {vnet.name || vnet.vnetId}
          </button>
        </h3>
        <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">
          {regionLabel(vnet.region)}
        </span>
      </div>
      <UsageMeter
        label={`Address space allocated to subnets in ${vnet.name}`}
        value={meterValue(vnet.allocated, vnet.addressSpace)}
      />
      <p className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
        {formatCount(vnet.allocated)} of {formatCount(vnet.addressSpace)} addresses in subnets ·{' '}
        {formatCount(vnet.free)} free
      </p>
      {vnet.invalidPrefixes.length > 0 ? (
        <p className="text-xs text-red-700 dark:text-red-300">
          Skipped invalid address prefixes: {vnet.invalidPrefixes.join(', ') || '(empty)'}
        </p>
      ) : null}
      <div>
        <p className="text-xs font-medium text-slate-600 dark:text-slate-300">Free ranges</p>
        {vnet.freeRanges.length === 0 ? (
          <p className={hintClass}>None: the address space is full.</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-1" aria-label={`Free ranges of ${vnet.name}`}>
            {vnet.freeRanges.slice(0, 24).map((r) => (
              <li
                key={r}
                className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[11px] text-slate-700 dark:bg-slate-800 dark:text-slate-200"
              >
                {r}
              </li>
            ))}
            {vnet.freeRanges.length > 24 ? (
              <li className={hintClass}>and {vnet.freeRanges.length - 24} more</li>
            ) : null}
          </ul>
        )}
      </div>
      {vnet.subnets.length > 0 ? (
        <ul className="space-y-2" aria-label={`Subnets of ${vnet.name}`}>
          {vnet.subnets.map((s) => (
            <SubnetUsageRow key={s.subnetId} subnet={s} onOpen={onOpen} current={selected.has(s.subnetId)} />
          ))}
        </ul>
      ) : (
        <p className={hintClass}>No subnets.</p>
      )}
    </section>
  );
}
