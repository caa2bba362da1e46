import type { CSSProperties } from 'react';
import type { Connection } from '../../domain/model/operations';
import type { StudioEdgeData } from '../flow-adapter';

/** Mid-tone colours that read on both the light and the dark canvas. */
export const edgeColour: Record<Connection['kind'], string> = {
  'policy-link': '#9b4dca',
  'policy-subnet': '#2f80ed',
  peering: '#16a34a',
  nat: '#64748b',
  nsg: '#64748b',
  'route-table': '#64748b',
  needs: '#6366f1',
  'dns-link': '#0891b2',
  'dns-zone': '#0891b2',
};

const SELECTED = '#0ea5e9';

export function edgeStyle(data: StudioEdgeData, selected: boolean): CSSProperties {
  const dashed = data.oneWay !== undefined || data.kind === 'dns-link' || data.kind === 'needs';
  return {
    stroke: selected ? SELECTED : edgeColour[data.kind],
    strokeWidth: selected ? 3 : data.kind === 'peering' ? 2.5 : 1.6,
    strokeDasharray: dashed ? '6 4' : undefined,
  };
}
