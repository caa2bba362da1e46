import { useMemo, useState } from 'react';
import type { DesignUsage } from '../../domain/usage';
import { buttonClass, hintClass, linkButtonClass } from '../shared/form-styles';
import { formatPercent } from '../shared/format';
import { demandStatus, headroomText, meterValue } from './usage-format';
import { StatusPill, UsageMeter } from './usage-meter';

/** Subnets listed before "Show all", so large designs stay quick to draw. */
const OVERVIEW_LIMIT = 12;

/** Every Power Platform delegated subnet's headroom at a glance. */
export function HeadroomOverview({ usage, onOpen }: { usage: DesignUsage; onOpen(id: string): void }) {
  const [all, setAll] = useState(false);
  // Tightest first: the subnets that need attention lead the list (stable for equal percentages).
  const delegated = useMemo(
    () =>
      [...usage.subnets.values()]
        .filter((s) => s.demand !== undefined)
        .sort((a, b) => (b.demand?.percentUsed ?? 0) - (a.demand?.percentUsed ?? 0)),
    [usage],
  );
  const shown = all ? delegated : delegated.slice(0, OVERVIEW_LIMIT);
  const vnetName = (id: string) => usage.byVnet.get(id)?.name ?? id;
  return (
    <section aria-labelledby="usage-overview-heading" className="space-y-2">
      <h2 id="usage-overview-heading" className="text-sm font-semibold">
        Delegated subnets
      </h2>
      {delegated.length === 0 ? (
        <p className={hintClass}>No subnet is delegated to Power Platform yet.</p>
      ) : (
        <ul className="space-y-2">
          {shown.map((s) => {
            const demand = s.demand;
            if (!demand) return null;
            const status = demandStatus(demand);
            return (
              <li key={s.subnetId} className="space-y-1">
                <div className="flex items-baseline justify-between gap-2 text-sm">
                  <span className="min-w-0 truncate">
                    <button type="button" className={linkButtonClass} onClick={() => onOpen(s.subnetId)}>
                      {vnetName(s.vnetId)} / {s.name}
                    </button>
                  </span>
                  <StatusPill tone={status.tone}>{status.label}</StatusPill>
                </div>
                <UsageMeter
                  label={`Power Platform demand in ${vnetName(s.vnetId)} / ${s.name}`}
                  value={meterValue(demand.estimated, s.size)}
                />
                <p className="flex justify-between text-xs text-slate-600 tabular-nums dark:text-slate-300">
                  <span>
                    {demand.estimated} of {s.size} ({formatPercent(demand.percentUsed)})
                  </span>
                  <span>{headroomText(demand)}</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < delegated.length ? (
        <button type="button" className={buttonClass} onClick={() => setAll(true)}>
          Show all {delegated.length} delegated subnets
        </button>
      ) : null}
    </section>
  );
}
