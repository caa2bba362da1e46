/**
 * The legend of an exported diagram: the kinds of objects and connections it shows, in a fixed order,
 * with the colours the canvas draws them in.
 */
import type { Connection } from '../../domain/model/operations';
import type { StudioEdgeData } from '../flow-adapter';
import type { NodeKind } from '../geometry';

export interface LegendEntry {
  kind: 'node' | 'edge';
  /** The node kind or connection kind (stable, for tests and keys). */
  key: string;
  label: string;
  colour: string;
  dashed: boolean;
}

/** Accent colours of the node cards (their left border), as Tailwind draws them. */
const nodeLegend: ReadonlyArray<{ key: NodeKind; label: string; colour: string }> = [
  { key: 'environment', label: 'Environment', colour: '#7e22ce' },
  { key: 'policy', label: 'Enterprise policy', colour: '#2563eb' },
  { key: 'vnet', label: 'Virtual network', colour: '#0369a1' },
  { key: 'subnet', label: 'Subnet', colour: '#0ea5e9' },
  { key: 'natGateway', label: 'NAT gateway', colour: '#0284c7' },
  { key: 'nsg', label: 'Network security group', colour: '#15803d' },
  { key: 'routeTable', label: 'Route table', colour: '#1d4ed8' },
  { key: 'resource', label: 'Private resource', colour: '#4f46e5' },
  { key: 'dnsZone', label: 'Private DNS zone', colour: '#0891b2' },
];

const edgeLegend: ReadonlyArray<{ key: Connection['kind']; label: string; colour: string; dashed: boolean }> =
  [
    { key: 'policy-link', label: 'Environment linked to policy', colour: '#9b4dca', dashed: false },
    { key: 'policy-subnet', label: 'Policy uses delegated subnet', colour: '#2f80ed', dashed: false },
    { key: 'peering', label: 'VNet peering', colour: '#16a34a', dashed: false },
    { key: 'nat', label: 'NAT gateway attached', colour: '#64748b', dashed: false },
    { key: 'nsg', label: 'NSG attached', colour: '#64748b', dashed: false },
    { key: 'route-table', label: 'Route table attached', colour: '#64748b', dashed: false },
    { key: 'needs', label: 'Environment needs resource', colour: '#6366f1', dashed: true },
    { key: 'dns-link', label: 'DNS zone linked to VNet', colour: '#0891b2', dashed: true },
    { key: 'dns-zone', label: 'Resource uses DNS zone', colour: '#0891b2', dashed: false },
  ];

/**
 * Legend entries for the node and edge kinds present (object kinds first, then connections). A one-way
 * peering adds its own dashed entry, since it is drawn differently from a complete one.
 */
export function diagramLegend(
  nodes: ReadonlyArray<{ type?: string }>,
  edges: ReadonlyArray<{ data?: Pick<StudioEdgeData, 'kind' | 'oneWay'> }>,
  anyExisting = false,
): LegendEntry[] {
  const nodeKinds = new Set(nodes.map((n) => n.type));
  const edgeKinds = new Set(edges.map((e) => e.data?.kind));
  const oneWay = edges.some((e) => e.data?.kind === 'peering' && e.data.oneWay !== undefined);
  const entries: LegendEntry[] = nodeLegend
    .filter((n) => nodeKinds.has(n.key))
    .map((n) => ({ kind: 'node', key: n.key, label: n.label, colour: n.colour, dashed: false }));
  // objects already in Azure: dashed outline and an "existing" tag, on the canvas as in the image
  if (anyExisting)
    entries.push({
      kind: 'node',
      key: 'existing',
      label: 'Already in Azure (existing)',
      colour: '#475569',
      dashed: true,
    });
  for (const e of edgeLegend) {
    if (edgeKinds.has(e.key)) entries.push({ kind: 'edge', ...e });
    if (e.key === 'peering' && oneWay)
      entries.push({
        kind: 'edge',
        key: 'peering-one-way',
        label: 'Peering, one direction only',
        colour: e.colour,
        dashed: true,
      });
  }
  return entries;
}
