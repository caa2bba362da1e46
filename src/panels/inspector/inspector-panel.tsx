import type { ComponentType } from 'react';
import { collectionOf } from '../../domain/model/operations';
import type { EntityCollection } from '../../domain/model/schema';
import { selectSelection } from '../../store/selectors';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { buttonClass } from '../shared/form-styles';
import { DesignInspector } from './design-inspector';
import { displayName } from './display-name';
import { DnsZoneInspector } from './dns-zone-inspector';
import { EnvironmentInspector } from './environment-inspector';
import { ExistsSwitch } from './exists-switch';
import { BastionInspector, FirewallInspector, GatewayInspector } from './hub-object-inspectors';
import { kindLabels } from './kind-labels';
import { MultiSelectionSummary } from './multi-selection-summary';
import { NatGatewayInspector } from './nat-gateway-inspector';
import { NsgInspector } from './nsg-inspector';
import { ObjectFindings } from './object-findings';
import { PeeringInspector } from './peering-inspector';
import { PolicyInspector } from './policy-inspector';
import { ResourceInspector } from './resource-inspector';
import { RouteTableInspector } from './route-table-inspector';
import { SubnetInspector } from './subnet-inspector';
import { VnetInspector } from './vnet-inspector';

const editors: Record<EntityCollection, ComponentType<{ id: string }>> = {
  environments: EnvironmentInspector,
  policies: PolicyInspector,
  vnets: VnetInspector,
  subnets: SubnetInspector,
  peerings: PeeringInspector,
  natGateways: NatGatewayInspector,
  nsgs: NsgInspector,
  routeTables: RouteTableInspector,
  resources: ResourceInspector,
  privateDnsZones: DnsZoneInspector,
  firewalls: FirewallInspector,
  gateways: GatewayInspector,
  bastions: BastionInspector,
};

function SingleInspector({ id }: { id: string }) {
  const store = useStudioStore();
  const collection = useStudio((s) => collectionOf(s.design, id));
  const title = useStudio((s) => displayName(s.design, id));
  if (!collection) return <p className="text-sm">The selected object no longer exists.</p>;
  const Editor = editors[collection];
  return (
    <div className="space-y-3">
      <header className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {kindLabels[collection].one}
          </p>
          <h2 className="truncate text-base font-semibold" title={title}>
            {title}
          </h2>
          <p className="font-mono text-[11px] text-slate-500 dark:text-slate-400">id: {id}</p>
        </div>
        <button
          type="button"
          className={buttonClass}
          aria-label={`Delete ${title}`}
          title="Delete (Delete key)"
          onClick={() => store.getState().deleteSelection()}
        >
          Delete
        </button>
      </header>
      <ObjectFindings id={id} />
      <ExistsSwitch id={id} />
      {/* Keyed by id so drafts of one object's fields never leak into another's. */}
      <Editor key={id} id={id} />
    </div>
  );
}

/** Edits the selection: one object's fields, a summary of several, or the design when none. */
export function InspectorPanel() {
  const selection = useStudio(selectSelection);
  if (selection.length === 0) return <DesignInspector />;
  if (selection.length > 1) return <MultiSelectionSummary ids={selection} />;
  return <SingleInspector id={selection[0] as string} />;
}
