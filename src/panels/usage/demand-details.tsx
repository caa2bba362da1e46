import type { PowerPlatformDemand, SubnetUsage } from '../../domain/usage';
import { hintClass, linkButtonClass } from '../shared/form-styles';
import { formatPercent } from '../shared/format';
import { demandFormula, demandStatus, headroomText, meterValue, smallestPrefixText } from './usage-format';
import { StatusPill, UsageMeter } from './usage-meter';

const range = (r: readonly [number, number]) => `${r[0]}–${r[1]}`;

/** Estimated Power Platform demand of a delegated subnet versus its capacity, and who makes it. */
export function DemandDetails({
  subnet,
  demand,
  onOpen,
}: {
  subnet: SubnetUsage;
  demand: PowerPlatformDemand;
  onOpen(id: string): void;
}) {
  const status = demandStatus(demand);
  const g = demand.guidance;
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-2 dark:bg-slate-800/60">
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs font-semibold text-slate-700 dark:text-slate-200">
          Power Platform demand vs capacity
        </p>
        <StatusPill tone={status.tone}>{status.label}</StatusPill>
      </div>
      <UsageMeter
        label={`Power Platform demand in ${subnet.name}`}
        value={meterValue(demand.estimated, subnet.size)}
      />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs tabular-nums">
        <dt className="text-slate-500 dark:text-slate-400">Estimated demand</dt>
        <dd>
          {demand.estimated} of {subnet.size} addresses ({formatPercent(demand.percentUsed)})
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Headroom</dt>
        <dd className={demand.fits ? '' : 'font-semibold text-red-700 dark:text-red-300'}>
          {headroomText(demand)}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Formula</dt>
        <dd>{demandFormula(demand)}</dd>
      </dl>
      <p className="text-xs">{smallestPrefixText(subnet, demand)}</p>
      {demand.environments.length > 0 ? (
        <div>
          <p className="text-xs font-medium text-slate-600 dark:text-slate-300">
            Environments behind the demand ({demand.environments.length})
          </p>
          <ul className="text-xs">
            {demand.environments.map((e) => (
              <li key={e.id} className="flex justify-between gap-2">
                <button type="button" className={linkButtonClass} onClick={() => onOpen(e.id)}>
                  {e.name || e.id}
                </button>
                <span className="text-slate-500 tabular-nums dark:text-slate-400">
                  {e.type} · {e.addresses}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className={hintClass}>
          No environment reaches this subnet yet (only the 5 reserved addresses count).
        </p>
      )}
      {demand.uncountedEnvironmentIds.length > 0 ? (
        <p className="text-xs text-amber-800 dark:text-amber-200">
          Not counted (type cannot use Virtual Network support): {demand.uncountedEnvironmentIds.join(', ')}.
        </p>
      ) : null}
      <div className="space-y-0.5 border-t border-slate-200 pt-1 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
        <p>
          <span className="font-medium">White paper rule of thumb:</span> {range(g.perSlash24.high)}{' '}
          high-load, {range(g.perSlash24.medium)} medium or {range(g.perSlash24.low)} low-load environments
          per /24
          {subnet.prefixLength !== undefined && subnet.prefixLength !== 24
            ? `; for this /${subnet.prefixLength}: ${range(g.forThisSubnet.high)}, ${range(g.forThisSubnet.medium)} or ${range(g.forThisSubnet.low)}`
            : ''}
          .
        </p>
        <p className={hintClass}>
          The estimate above uses Microsoft’s current sizing: 30 addresses per production and 10 per
          non-production environment, plus 5 reserved.
        </p>
      </div>
    </div>
  );
}
