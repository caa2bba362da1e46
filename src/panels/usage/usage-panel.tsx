import { useCallback, useMemo, useState } from 'react';
import { computeUsage } from '../../domain/usage';
import { selectSelection } from '../../store/selectors';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { buttonClass, hintClass } from '../shared/form-styles';
import { HeadroomOverview } from './headroom-overview';
import { visibleVnets } from './visible-vnets';
import { VnetUsageCard } from './vnet-usage-card';

/** VNets drawn before "Show all": a design with hundreds stays quick to update. */
const VNET_LIMIT = 20;

/** Address usage per VNet and subnet, and Power Platform demand versus capacity of delegated subnets. */
export function UsagePanel() {
  const store = useStudioStore();
  const usage = useStudio((s) => computeUsage(s.design));
  const selection = useStudio(selectSelection);
  const selected = useMemo(() => new Set(selection), [selection]);
  const [all, setAll] = useState(false);
  const shown = useMemo(
    () => visibleVnets(usage.vnets, all ? undefined : VNET_LIMIT, selected),
    [usage, all, selected],
  );
  const onOpen = useCallback((id: string) => store.getState().focus([id]), [store]);
  return (
    <div className="space-y-4">
      <HeadroomOverview usage={usage} onOpen={onOpen} />
      <section aria-labelledby="usage-vnets-heading" className="space-y-3">
        <h2 id="usage-vnets-heading" className="text-sm font-semibold">
          Virtual networks
        </h2>
        {usage.vnets.length === 0 ? <p className={hintClass}>No virtual networks yet.</p> : null}
        {shown.map((v) => (
          <VnetUsageCard key={v.vnetId} vnet={v} onOpen={onOpen} selected={selected} />
        ))}
        {shown.length < usage.vnets.length ? (
          <button type="button" className={buttonClass} onClick={() => setAll(true)}>
            Show all {usage.vnets.length} virtual networks
          </button>
        ) : null}
      </section>
    </div>
  );
}
