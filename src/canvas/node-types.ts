import type { NodeTypes } from '@xyflow/react';
import { withLevelOfDetail } from './nodes/level-of-detail';
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
  environment: withLevelOfDetail('environment', EnvironmentNode),
  policy: withLevelOfDetail('policy', PolicyNode),
  vnet: withLevelOfDetail('vnet', VnetNode),
  subnet: withLevelOfDetail('subnet', SubnetNode),
  natGateway: withLevelOfDetail('natGateway', NatGatewayNode),
  nsg: withLevelOfDetail('nsg', NsgNode),
  routeTable: withLevelOfDetail('routeTable', RouteTableNode),
  resource: withLevelOfDetail('resource', ResourceNode),
  dnsZone: withLevelOfDetail('dnsZone', DnsZoneNode),
} satisfies NodeTypes;
