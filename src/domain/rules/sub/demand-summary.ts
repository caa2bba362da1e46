import type { PowerPlatformDemand } from '../../usage/types';
import { plural } from '../shared/names';

/** "4 production and 2 non-production environments" */
export function demandSummary(d: PowerPlatformDemand): string {
  const parts = [
    ...(d.productionCount ? [`${d.productionCount} production`] : []),
    ...(d.nonProductionCount ? [`${d.nonProductionCount} non-production`] : []),
  ];
  const n = d.productionCount + d.nonProductionCount;
  return `${parts.join(' and ')} ${plural(n, 'environment').replace(/^\d+ /, '')}`;
}
