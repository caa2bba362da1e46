import type { Design } from '../../domain/model/schema';
import { computeUsage, type DesignUsage } from '../../domain/usage';

let last:
  | {
      environments: Design['environments'];
      policies: Design['policies'];
      vnets: Design['vnets'];
      subnets: Design['subnets'];
      usage: DesignUsage;
    }
  | undefined;

/**
 * The design's IP usage, reused while the collections it reads are unchanged: dragging an object only
 * changes `layout`, so the usage panel neither recomputes nor re-renders during a drag.
 */
export function usageOf(design: Design): DesignUsage {
  if (
    last &&
    last.environments === design.environments &&
    last.policies === design.policies &&
    last.vnets === design.vnets &&
    last.subnets === design.subnets
  )
    return last.usage;
  const usage = computeUsage(design);
  last = {
    environments: design.environments,
    policies: design.policies,
    vnets: design.vnets,
    subnets: design.subnets,
    usage,
  };
  return usage;
}
