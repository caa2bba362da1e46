/** The VNet container node and the subnet node drawn inside it. */
import { type NodeProps, NodeResizer } from '@xyflow/react';
import { memo } from 'react';
import { regionLabel } from '../../domain/catalog/regions';
import { setPositions } from '../../domain/model/operations';
import { DELEGATION_ENTERPRISE_POLICIES } from '../../domain/model/schema';
import { useStudio, useStudioShallow, useStudioStore } from '../../store/use-studio';
import { selectHubSummary, selectSubnet, selectSubnetUsage, selectVnet } from '../entity-selectors';
import type { StudioNode } from '../flow-adapter';
import { GRID, VNET } from '../geometry';
import { SubnetIcon, VnetIcon } from '../icons';
import { NodeHandles, NodeMarks } from './node-frame';
import { probeRender } from './render-probe';
import { useSelector } from './use-selector';

type Props = NodeProps<StudioNode>;

export const VnetNode = memo(function VnetNode({ id, selected }: Props) {
  probeRender(id);
  const vnet = useStudio(useSelector(selectVnet, id));
  const extras = useStudio(useSelector(selectHubSummary, id));
  const store = useStudioStore();
  if (!vnet) return null;
  const prefixes = vnet.addressPrefixes.join(', ') || 'no address space';
  return (
    <div
      className={`relative h-full w-full rounded-lg border-2 bg-sky-50/70 dark:bg-slate-900/80 ${
        selected ? 'border-sky-500 dark:border-sky-400' : 'border-sky-700/60 dark:border-sky-600/70'
      }`}
    >
      <div className="flex h-[62px] items-start gap-2 px-3 pt-2">
        <VnetIcon className="mt-0.5 h-6 w-6 shrink-0" />
        <div className="min-w-0 flex-1 leading-tight">
          <div
            className="truncate text-[13px] font-semibold text-slate-900 dark:text-slate-50"
            title={vnet.name}
          >
            {vnet.name}
          </div>
          <div data-small-text className="truncate text-[11px] text-slate-700 dark:text-slate-300">
            {regionLabel(vnet.region)}
            {extras ? ` · ${extras}` : ''}
          </div>
          <div
            data-address
            className="truncate font-mono text-[11px] text-slate-700 dark:text-slate-300"
            title={prefixes}
          >
            {prefixes}
          </div>
        </div>
      </div>
      <NodeResizer
        isVisible={selected}
        minWidth={VNET.minWidth}
        minHeight={VNET.minHeight}
        color="#0ea5e9"
        onResizeEnd={(_e, p) => {
          const snap = (n: number) => Math.round(n / GRID) * GRID;
          const box = { x: snap(p.x), y: snap(p.y), width: snap(p.width), height: snap(p.height) };
          store.getState().apply((d) => setPositions(d, { [id]: box }));
        }}
      />
      <NodeMarks id={id} />
      <NodeHandles top={28} />
    </div>
  );
});

const delegationLabel = (d: string) =>
  d === DELEGATION_ENTERPRISE_POLICIES ? 'Power Platform' : (d.split('/').pop() ?? d);

const barColour = { ok: 'bg-emerald-500', warn: 'bg-amber-500', full: 'bg-red-600' } as const;

export const SubnetNode = memo(function SubnetNode({ id, selected }: Props) {
  probeRender(id);
  const subnet = useStudio(useSelector(selectSubnet, id));
  const usage = useStudioShallow(useSelector(selectSubnetUsage, id));
  if (!subnet) return null;
  const { percent: pct = 0, label = '', tone = 'ok' } = usage ?? {};
  const delegated = subnet.delegations.length > 0;
  return (
    <div
      className={`relative flex h-full w-full flex-col justify-between rounded-md bg-white px-2.5 py-1.5 shadow-sm ring-1 dark:bg-slate-800 ${
        selected ? 'ring-2 ring-sky-500 dark:ring-sky-400' : 'ring-slate-300 dark:ring-slate-600'
      }`}
    >
      <div className="flex items-center gap-2">
        <SubnetIcon className="h-4 w-4 shrink-0" />
        <span
          className="min-w-0 flex-1 truncate text-[13px] font-semibold text-slate-900 dark:text-slate-50"
          title={subnet.name}
        >
          {subnet.name}
        </span>
      </div>
      <div className="flex items-center gap-2 text-[11px]">
        <span data-address className="shrink-0 font-mono text-slate-800 dark:text-slate-100">
          {subnet.prefix}
        </span>
        <span
          data-small-text
          className="min-w-0 flex-1 truncate text-right text-slate-600 dark:text-slate-300"
        >
          {delegated ? (
            <span className="rounded bg-purple-100 px-1 font-medium text-purple-900 dark:bg-purple-900/60 dark:text-purple-100">
              {subnet.delegations.map(delegationLabel).join(', ')}
            </span>
          ) : (
            'Not delegated'
          )}
        </span>
      </div>
      {usage ? (
        <div className="flex items-center gap-2">
          <div
            className="h-1.5 flex-1 overflow-hidden rounded bg-slate-200 dark:bg-slate-600"
            role="meter"
            aria-label={`Usage of ${subnet.name}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.min(100, pct)}
          >
            <div
              className={`h-full ${barColour[tone as keyof typeof barColour] ?? barColour.ok}`}
              style={{ width: `${Math.min(100, pct)}%` }}
            />
          </div>
          <span data-small-text className="shrink-0 text-[10px] text-slate-600 dark:text-slate-300">
            {label}
          </span>
        </div>
      ) : (
        <div className="text-[10px] text-red-700 dark:text-red-300">Invalid prefix</div>
      )}
      <NodeMarks id={id} />
      <NodeHandles />
    </div>
  );
});
