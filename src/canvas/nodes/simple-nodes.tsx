/**
 * Node components for objects drawn as cards. Each reads its own entity from the store with a narrow
 * selector; `memo` keeps React Flow's re-renders of other nodes from reaching it.
 */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { findGeography, regionLabel } from '../../domain/catalog/regions';
import { indexDesign } from '../../domain/model/design-index';
import type { StudioState } from '../../store/studio-store';
import { useStudio } from '../../store/use-studio';
import {
  selectDnsZone,
  selectEnvironment,
  selectNatGateway,
  selectNsg,
  selectPolicy,
  selectResource,
  selectRouteTable,
} from '../entity-selectors';
import type { StudioNode } from '../flow-adapter';
import {
  DnsZoneIcon,
  EnvironmentIcon,
  NatIcon,
  NsgIcon,
  PolicyIcon,
  RouteTableIcon,
  resourceIcons,
} from '../icons';
import { NodeCard } from './node-frame';
import { probeRender } from './render-probe';
import { useSelector } from './use-selector';

type Props = NodeProps<StudioNode>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const geographyLabel = (location: string) => findGeography(location)?.label ?? location;

export const EnvironmentNode = memo(function EnvironmentNode({ id, selected }: Props) {
  probeRender(id);
  const env = useStudio(useSelector(selectEnvironment, id));
  if (!env) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-purple-700"
      icon={<EnvironmentIcon className="h-6 w-6" />}
      title={env.name}
      lines={[`${env.type} · ${geographyLabel(env.geography)}`]}
    />
  );
});

export const PolicyNode = memo(function PolicyNode({ id, selected }: Props) {
  probeRender(id);
  const policy = useStudio(useSelector(selectPolicy, id));
  if (!policy) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-blue-600"
      icon={<PolicyIcon className="h-6 w-6" />}
      title={policy.name}
      lines={[`Policy · ${geographyLabel(policy.location)}`]}
    />
  );
});

export const NatGatewayNode = memo(function NatGatewayNode({ id, selected }: Props) {
  probeRender(id);
  const nat = useStudio(useSelector(selectNatGateway, id));
  if (!nat) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-sky-600"
      icon={<NatIcon className="h-6 w-6" />}
      title={nat.name}
      lines={[`NAT gateway · ${regionLabel(nat.region)} · ${plural(nat.publicIps.length, 'IP')}`]}
    />
  );
});

export const NsgNode = memo(function NsgNode({ id, selected }: Props) {
  probeRender(id);
  const nsg = useStudio(useSelector(selectNsg, id));
  if (!nsg) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-green-700"
      icon={<NsgIcon className="h-6 w-6" />}
      title={nsg.name}
      lines={[`NSG · ${regionLabel(nsg.region)} · ${plural(nsg.rules.length, 'rule')}`]}
    />
  );
});

export const RouteTableNode = memo(function RouteTableNode({ id, selected }: Props) {
  probeRender(id);
  const rt = useStudio(useSelector(selectRouteTable, id));
  if (!rt) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-blue-700"
      icon={<RouteTableIcon className="h-6 w-6" />}
      title={rt.name}
      lines={[`Route table · ${regionLabel(rt.region)} · ${plural(rt.routes.length, 'route')}`]}
    />
  );
});

const resourceKindLabel = {
  Sql: 'Azure SQL',
  Storage: 'Storage account',
  KeyVault: 'Key vault',
  Api: 'API',
  OnPremises: 'On-premises network',
  Other: 'Private resource',
} as const;

/** Where a resource sits, by name (a narrow string selector). */
const selectPlacementName = (id: string) => (s: StudioState) => {
  const index = indexDesign(s.design);
  const r = index.resources.get(id);
  if (!r) return '';
  if (r.placement.type === 'subnet') {
    const subnet = index.subnets.get(r.placement.subnetId);
    const vnet = subnet ? index.vnets.get(subnet.vnetId) : undefined;
    return `in ${vnet ? `${vnet.name} / ` : ''}${subnet?.name ?? '?'}`;
  }
  return `via ${index.vnets.get(r.placement.gatewayVnetId)?.name ?? '?'}`;
};

export const ResourceNode = memo(function ResourceNode({ id, selected }: Props) {
  probeRender(id);
  const r = useStudio(useSelector(selectResource, id));
  const where = useStudio(useSelector(selectPlacementName, id));
  if (!r) return null;
  const Icon = resourceIcons[r.kind];
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-indigo-600"
      icon={<Icon className="h-6 w-6" />}
      title={r.name}
      lines={[`${resourceKindLabel[r.kind]} · ${where}`]}
    />
  );
});

export const DnsZoneNode = memo(function DnsZoneNode({ id, selected }: Props) {
  probeRender(id);
  const zone = useStudio(useSelector(selectDnsZone, id));
  if (!zone) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-cyan-600"
      icon={<DnsZoneIcon className="h-6 w-6" />}
      title={zone.name}
      lines={[`Private DNS zone · ${plural(zone.vnetIds.length, 'VNet link')}`]}
    />
  );
});
