import { regionLabel } from '../../domain/catalog/regions';
import { computeUsage } from '../../domain/usage/compute-usage';
import type { SubnetUsage } from '../../domain/usage/types';
import { EXIT, readDesignFile } from '../io';
import type { Verb } from '../verbs';

function subnetLine(s: SubnetUsage): string {
  const d = s.demand;
  const base = `  ${s.name} ${s.valid ? `/${s.prefixLength}` : `(invalid prefix "${s.prefix}")`}: ${s.size} addresses, ${s.reserved} Azure-reserved`;
  if (!d) return base;
  const fit = d.smallestPrefix === undefined ? 'no subnet fits' : `smallest fit /${d.smallestPrefix}`;
  const mix = `${d.productionCount} production, ${d.nonProductionCount} non-production`;
  if (!s.valid)
    return `${base}, estimated demand ${d.estimated} (${mix}; ${fit}): fix the prefix to see headroom`;
  return `${base}, estimated demand ${d.estimated} (${mix}), headroom ${d.headroom} (${d.percentUsed} % used, ${fit})`;
}

export const usageVerb: Verb = {
  name: 'usage',
  usage: 'usage <design.json> [--json]',
  summary: 'Show address usage and Power Platform subnet demand per VNet.',
  options: { json: { type: 'boolean' } },
  run({ values, positionals, io }) {
    const design = readDesignFile(positionals[0]);
    const usage = computeUsage(design);
    if (values.json) {
      io.out(JSON.stringify({ design: design.name, vnets: usage.vnets }, null, 2));
      return EXIT.ok;
    }
    for (const v of usage.vnets) {
      io.out(
        `${v.name} (${regionLabel(v.region)}): ${v.addressSpace} addresses, ${v.allocated} in subnets, ${v.free} free` +
          (v.powerPlatformDemand > 0 ? `, Power Platform demand ${v.powerPlatformDemand}` : ''),
      );
      for (const s of v.subnets) if (s.powerPlatform) io.out(subnetLine(s));
    }
    const delegated = [...usage.subnets.values()].filter((s) => s.powerPlatform);
    const total = delegated.reduce((n, s) => n + (s.demand?.estimated ?? 0), 0);
    io.out(
      `${design.name}: ${usage.vnets.length} VNets, ${delegated.length} delegated subnets, estimated demand ${total}`,
    );
    return EXIT.ok;
  },
};
