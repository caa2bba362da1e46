/**
 * A hub's own objects, drawn as compact cards inside their VNet beside the subnet that hosts them: an
 * Azure Firewall (or NVA) with its tier and private IP, a virtual network gateway with its type, SKU and
 * active-active, a Bastion host with its SKU.
 */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { indexDesign } from '../../domain/model/design-index';
import type { StudioState } from '../../store/studio-store';
import { useStudio } from '../../store/use-studio';
import type { StudioNode } from '../flow-adapter';
import { bastionLine, firewallLine, gatewayLine } from '../hub-text';
import { BastionIcon, FirewallIcon, GatewayIcon } from '../icons';
import { NodeCard } from './node-frame';
import { probeRender } from './render-probe';
import { useSelector } from './use-selector';

type Props = NodeProps<StudioNode>;

const selectFirewall = (id: string) => (s: StudioState) => indexDesign(s.design).firewalls.get(id);
const selectGateway = (id: string) => (s: StudioState) => indexDesign(s.design).gateways.get(id);
const selectBastion = (id: string) => (s: StudioState) => indexDesign(s.design).bastions.get(id);

export const FirewallNode = memo(function FirewallNode({ id, selected }: Props) {
  probeRender(id);
  const fw = useStudio(useSelector(selectFirewall, id));
  if (!fw) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-orange-700"
      icon={<FirewallIcon className="h-5 w-5" />}
      title={fw.name}
      lines={[firewallLine(fw)]}
    />
  );
});

export const GatewayNode = memo(function GatewayNode({ id, selected }: Props) {
  probeRender(id);
  const gw = useStudio(useSelector(selectGateway, id));
  if (!gw) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-teal-600"
      icon={<GatewayIcon className="h-5 w-5" />}
      title={gw.name}
      lines={[gatewayLine(gw)]}
    />
  );
});

export const BastionNode = memo(function BastionNode({ id, selected }: Props) {
  probeRender(id);
  const bastion = useStudio(useSelector(selectBastion, id));
  if (!bastion) return null;
  return (
    <NodeCard
      id={id}
      selected={selected}
      accent="border-pink-700"
      icon={<BastionIcon className="h-5 w-5" />}
      title={bastion.name}
      lines={[bastionLine(bastion)]}
    />
  );
});
