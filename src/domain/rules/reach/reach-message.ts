import type { ReachCheck } from '../../reach/evaluate-reach';
import { listNames, nameOf } from '../shared/names';

/** "sql-orders (needed by env-prod and env-uat)" */
export function resourceNeededBy(check: ReachCheck): string {
  return `${nameOf(check.resource)} (needed by ${listNames(check.environments.map(nameOf))})`;
}

/** Every object a reachability finding highlights: the resource first, then people and places involved. */
export function reachObjectIds(check: ReachCheck, extra: readonly string[] = []): string[] {
  const placement = check.resource.placement;
  return [
    check.resource.id,
    ...check.environments.map((e) => e.id),
    check.policy.id,
    ...check.ends.map((e) => e.vnet.id),
    check.target.vnet.id,
    ...(placement.type === 'subnet' ? [placement.subnetId] : []),
    ...extra,
  ];
}
