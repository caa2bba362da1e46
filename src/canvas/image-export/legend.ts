/**
 * The legend of an exported diagram: the kinds of objects and connections it shows, in a fixed order,
 * with the colours the canvas draws them in.
 */

import { kinds } from '../../domain/model/kinds';
import type { Connection } from '../../domain/model/operations';
import { canvasKinds, type NodeKind, nodeKinds } from '../canvas-kinds';
import type { StudioEdgeData } from '../flow-adapter';

export interface LegendEntry {
  kind: 'node' | 'edge';
  /** The node kind or connection kind (stable, for tests and keys). */
  key: string;
  label: string;
  colour: string;
  dashed: boolean;
}

/** Object kinds in the registry's order, labelled as the registry says, in the canvas's accent colours. */
const nodeLegend: ReadonlyArray<{ key: NodeKind; label: string; colour: string }> = nodeKinds.map((key) => ({
  key,
  label: kinds[key].label.one,
  colour: canvasKinds[key].accent,
}));

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
  const present = new Set<string | undefined>(nodes.map((n) => n.type));
  const edgeKinds = new Set(edges.map((e) => e.data?.kind));
  const oneWay = edges.some((e) => e.data?.kind === 'peering' && e.data.oneWay !== undefined);
  const entries: LegendEntry[] = nodeLegend
    .filter((n) => present.has(n.key))
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
