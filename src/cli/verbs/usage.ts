import { regionLabel } from '../../domain/catalog/regions';
import { computeUsage } from '../../domain/usage/compute-usage';
import type { SubnetUsage } from '../../domain/usage/types';
import { EXIT, forEachDesign, num } from '../io';
import { terminalText } from '../terminal-text';
import type { Verb } from '../verbs';

function subnetLine(s: SubnetUsage): string {
  const d = s.demand;
  const base = `  ${terminalText(s.name)} ${s.valid ? `/${s.prefixLength}` : `(invalid prefix "${terminalText(s.prefix)}")`}: ${num(s.size)} addresses, ${num(s.reserved)} Azure-reserved`;
  if (!d) return base;
  const fit = d.smallestPrefix === undefined ? 'no subnet fits' : `smallest fit /${d.smallestPrefix}`;
  const mix = `${num(d.productionCount)} production, ${num(d.nonProductionCount)} non-production`;
  if (!s.valid)
    return `${base}, estimated demand ${num(d.estimated)} (${mix}; ${fit}): fix the prefix to see headroom`;
  return `${base}, estimated demand ${num(d.estimated)} (${mix}), headroom ${num(d.headroom)} (${d.percentUsed} % used, ${fit})`;
}

export const usageVerb: Verb = {
  name: 'usage',
  usage: 'usage <design.json|glob|->... [--json]',
  summary:
    'Show address usage and Power Platform subnet demand per VNet (failover twins hold the same environments: counted once in totals).',
  options: { json: { type: 'boolean' } },
  async run({ values, positionals, io }) {
    const objects: unknown[] = [];
    const code = await forEachDesign(
      positionals,
      { err: io.err, header: values.json ? undefined : (file) => io.out(`==> ${terminalText(file)} <==`) },
      ({ file, design }) => {
        const usage = computeUsage(design);
        if (values.json) {
          objects.push({
            file,
            design: design.name,
            powerPlatformDemand: usage.powerPlatformDemand,
            vnets: usage.vnets,
          });
          return EXIT.ok;
        }
        for (const v of usage.vnets) {
          io.out(
            `${terminalText(v.name)} (${terminalText(regionLabel(v.region))}): ${num(v.addressSpace)} addresses, ${num(v.allocated)} in subnets, ${num(v.free)} free` +
              (v.powerPlatformDemand > 0 ? `, Power Platform demand ${num(v.powerPlatformDemand)}` : ''),
          );
          for (const s of v.subnets) if (s.powerPlatform) io.out(subnetLine(s));
        }
        const delegated = [...usage.subnets.values()].filter((s) => s.powerPlatform);
        const twins = usage.failoverGroups.filter((g) => g.length > 1).length;
        io.out(
          `${terminalText(design.name)}: ${num(usage.vnets.length)} VNets, ${num(delegated.length)} delegated subnets` +
            (twins ? ` (${num(twins)} failover pair${twins === 1 ? '' : 's'}, counted once)` : '') +
            `, estimated demand ${num(usage.powerPlatformDemand)}`,
        );
        return EXIT.ok;
      },
      (file, message) => objects.push({ file, error: message }),
    );
    if (values.json) io.out(JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 2));
    return code;
  },
};
