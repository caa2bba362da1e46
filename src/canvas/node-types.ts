import type { NodeProps, NodeTypes } from '@xyflow/react';
import type { ComponentType } from 'react';
import { type NodeKind, nodeKinds } from './canvas-kinds';
import type { StudioNode } from './flow-adapter';
import { BastionNode, FirewallNode, GatewayNode } from './nodes/hub-nodes';
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

/**
 * The node component of each kind drawn on the canvas: the component column of the canvas's table of
 * kinds (`canvas-kinds.ts`), kept here because the components import the table.
 */
export const nodeComponents: Record<NodeKind, ComponentType<NodeProps<StudioNode>>> = {
  environment: EnvironmentNode,
  policy: PolicyNode,
  vnet: VnetNode,
  subnet: SubnetNode,
  natGateway: NatGatewayNode,
  nsg: NsgNode,
  routeTable: RouteTableNode,
  resource: ResourceNode,
  dnsZone: DnsZoneNode,
  firewall: FirewallNode,
  gateway: GatewayNode,
  bastion: BastionNode,
};

/** Declared once at module scope: a new object on each render would remount every node. */
export const nodeTypes = Object.fromEntries(
  nodeKinds.map((kind) => [kind, withLevelOfDetail(kind, nodeComponents[kind])]),
) as Record<NodeKind, ReturnType<typeof withLevelOfDetail>> satisfies NodeTypes;
