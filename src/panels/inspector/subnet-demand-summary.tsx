import { computeUsage } from '../../domain/usage';
import { useStudio } from '../../store/use-studio';
import { formatPercent } from '../shared/format';
import { demandStatus, headroomText, meterValue, smallestPrefixText } from '../usage/usage-format';
import { StatusPill, UsageMeter } from '../usage/usage-meter';

/** A delegated subnet's estimated demand against its size, right under the prefix being edited. */
export function SubnetDemandSummary({ id }: { id: string }) {
  const subnet = useStudio((s) => computeUsage(s.design).subnets.get(id));
  const demand = subnet?.demand;
  if (!subnet || !demand || !subnet.valid) return null;
  const status = demandStatus(demand);
  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-2 dark:bg-slate-800/60">
      <div className="flex items-center justify-between gap-2 text-xs">
        <span className="font-medium text-slate-700 dark:text-slate-200">
          Power Platform demand: {demand.estimated} of {subnet.size} ({formatPercent(demand.percentUsed)})
        </span>
        <StatusPill tone={status.tone}>{status.label}</StatusPill>
      </div>
      <UsageMeter
        label={`Power Platform demand in ${subnet.name}`}
        value={meterValue(demand.estimated, subnet.size)}
      />
      <p className="text-xs text-slate-600 dark:text-slate-300">
        {headroomText(demand)} · {smallestPrefixText(subnet, demand)}
      </p>
    </div>
  );
}
