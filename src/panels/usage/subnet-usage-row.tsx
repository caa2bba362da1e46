import type { SubnetUsage } from '../../domain/usage';
import { linkButtonClass } from '../shared/form-styles';
import { formatCount } from '../shared/format';
import { DemandDetails } from './demand-details';
import { meterValue } from './usage-format';
import { UsageMeter } from './usage-meter';

/** One subnet's addresses: size, Azure-reserved, occupants, and Power Platform demand when delegated. */
export function SubnetUsageRow({
  subnet,
  onOpen,
  current,
}: {
  subnet: SubnetUsage;
  onOpen(id: string): void;
  current: boolean;
}) {
  const taken = subnet.reserved + subnet.occupantAddresses;
  return (
    <li className="space-y-1.5 border-t border-slate-100 pt-2 first:border-t-0 first:pt-0 dark:border-slate-800">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <button
          type="button"
          className={`${linkButtonClass} min-w-0 truncate aria-[current=true]:font-semibold`}
          aria-current={current ? 'true' : undefined}
          onClick={() => onOpen(subnet.subnetId)}
        >
          {subnet.name || subnet.subnetId}
        </button>
        <span
          className={`font-mono text-xs ${subnet.valid ? 'text-slate-600 dark:text-slate-300' : 'text-red-700 dark:text-red-300'}`}
        >
          {subnet.prefix || '(no prefix)'}
        </span>
      </div>
      {subnet.valid ? (
        <>
          {subnet.demand ? null : (
            <UsageMeter
              label={`Addresses taken in ${subnet.name}`}
              value={meterValue(taken, subnet.size)}
              reserved={subnet.reserved}
            />
          )}
          <p className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
            {formatCount(subnet.size)} addresses · {subnet.reserved} Azure-reserved ·{' '}
            {formatCount(subnet.usable)} usable
            {subnet.firstUsable ? ` (${subnet.firstUsable} – ${subnet.lastUsable})` : ''}
            {subnet.occupantAddresses > 0
              ? ` · ${formatCount(subnet.occupantAddresses)} taken by occupants`
              : ''}
          </p>
          {subnet.delegated && !subnet.powerPlatform ? (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Delegated to {subnet.delegations.join(', ')}
            </p>
          ) : null}
        </>
      ) : (
        <p className="text-xs text-red-700 dark:text-red-300">Not a valid prefix: not counted.</p>
      )}
      {subnet.demand ? <DemandDetails subnet={subnet} demand={subnet.demand} onOpen={onOpen} /> : null}
    </li>
  );
}
