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

/** Joins fixes, merging "peer a with t" and "peer b with t" into "peer a and b with t" (first position kept). */
export function joinFixes(fixes: readonly string[]): string {
  const parts: Array<string | { to: string; from: string[] }> = [];
  const peerWith = new Map<string, { to: string; from: string[] }>();
  for (const fix of new Set(fixes)) {
    const m = /^peer (.+) with ([^,;]+)$/.exec(fix);
    const from = m?.[1];
    const to = m?.[2];
    if (from === undefined || to === undefined) {
      parts.push(fix);
      continue;
    }
    const group = peerWith.get(to);
    if (group) group.from.push(from);
    else {
      const created = { to, from: [from] };
      peerWith.set(to, created);
      parts.push(created);
    }
  }
  return parts.map((p) => (typeof p === 'string' ? p : `peer ${listNames(p.from)} with ${p.to}`)).join('; ');
}
