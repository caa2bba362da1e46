import { useCallback, useState } from 'react';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { buttonClass, hintClass } from '../shared/form-styles';
import { HeadroomOverview } from './headroom-overview';
import { usageOf } from './usage-of';
import { VnetUsageCard } from './vnet-usage-card';

/** VNets drawn before "Show all": a design with hundreds stays quick to update. */
const VNET_LIMIT = 20;

/** Address usage per VNet and subnet, and Power Platform demand versus capacity of delegated subnets. */
export function UsagePanel() {
  const store = useStudioStore();
  const usage = useStudio((s) => usageOf(s.design));
  const [all, setAll] = useState(false);
  const onOpen = useCallback((id: string) => store.getState().focus([id]), [store]);
  return (
    <div className="space-y-4">
      <HeadroomOverview usage={usage} onOpen={onOpen} />
      <section aria-labelledby="usage-vnets-heading" className="space-y-3">
        <h2 id="usage-vnets-heading" className="text-sm font-semibold">
          Virtual networks
        </h2>
        {usage.vnets.length === 0 ? <p className={hintClass}>No virtual networks yet.</p> : null}
        {(all ? usage.vnets : usage.vnets.slice(0, VNET_LIMIT)).map((v) => (
          <VnetUsageCard key={v.vnetId} vnet={v} onOpen={onOpen} />
        ))}
        {!all && usage.vnets.length > VNET_LIMIT ? (
          <button type="button" className={buttonClass} onClick={() => setAll(true)}>
            Show all {usage.vnets.length} virtual networks
          </button>
        ) : null}
      </section>
    </div>
  );
}
