import type { NodeTypes } from '@xyflow/react';
import { SubnetNode, VnetNode } from './nodes/network-nodes';
import {
  DnsZoneNode,
  EnvironmentNode,
  NatGatewayNode,
  NsgNode,
  PolicyNode,
  ResourceNode,
  RouteTableNode,
} from './nodes/simple-nodes';

/** Declared once at module scope: a new object on each render would remount every node. */
export const nodeTypes = {
  environment: EnvironmentNode,
  policy: PolicyNode,
  vnet: VnetNode,
  subnet: SubnetNode,
  natGateway: NatGatewayNode,
  nsg: NsgNode,
  routeTable: RouteTableNode,
  resource: ResourceNode,
  dnsZone: DnsZoneNode,
} satisfies NodeTypes;
