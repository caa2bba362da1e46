import type { ComponentType } from 'react';
import type { Kind } from '../../domain/model/kinds';
import { DnsZoneInspector } from './dns-zone-inspector';
import { EnvironmentInspector } from './environment-inspector';
import { BastionInspector, FirewallInspector, GatewayInspector } from './hub-object-inspectors';
import { NatGatewayInspector } from './nat-gateway-inspector';
import { NsgInspector } from './nsg-inspector';
import { PeeringInspector } from './peering-inspector';
import { PolicyInspector } from './policy-inspector';
import { ResourceInspector } from './resource-inspector';
import { RouteTableInspector } from './route-table-inspector';
import { SubnetInspector } from './subnet-inspector';
import { VnetInspector } from './vnet-inspector';

/**
 * The inspector's editor of each kind of the registry (`src/domain/model/kinds.ts`). A complete
 * record: the type checker, and `inspector.test.tsx`, name a kind that has none.
 */
export const editors: Record<Kind, ComponentType<{ id: string }>> = {
  environment: EnvironmentInspector,
  policy: PolicyInspector,
  vnet: VnetInspector,
  subnet: SubnetInspector,
  peering: PeeringInspector,
  natGateway: NatGatewayInspector,
  nsg: NsgInspector,
  routeTable: RouteTableInspector,
  resource: ResourceInspector,
  dnsZone: DnsZoneInspector,
  firewall: FirewallInspector,
  gateway: GatewayInspector,
  bastion: BastionInspector,
};
