/** Designs near and past the loader's 4 MiB file limit, from short links. */
import { createSubnet, createVnet } from '../domain/model/factories';
import type { Design } from '../domain/model/schema';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';

/** White paper scenario 1 with a VNet of `count` subnets of 400 delegations each (about 21 KB of file each). */
function withDelegatedSubnets(name: string, count: number): Design {
  const base = whitepaperScenario1();
  const vnet = createVnet({ id: 'vnet-big', name: 'vnet-big', addressPrefixes: ['10.200.0.0/16'] });
  // A delegation is one small number in a link but a whole line of the (indented) file.
  const delegations = Array.from({ length: 400 }, () => 'Microsoft.PowerPlatform/enterprisePolicies');
  const subnets = Array.from({ length: count }, (_, i) =>
    createSubnet({ id: `snet-big-${i}`, vnetId: vnet.id, prefix: `10.200.${i}.0/24`, delegations }),
  );
  return { ...base, name, vnets: [...base.vnets, vnet], subnets: [...base.subnets, ...subnets] };
}

/** A design that decodes from a short link but whose file passes the loader's 4 MiB limit. */
export function unkeepableDesign(): Design {
  return withDelegatedSubnets('Too large to keep', 200);
}

/** A design whose file is just under the 4 MiB limit (about 4.1 MB; 3.4 MB as stored in the browser). */
export function largestKeepableDesign(name = 'At the size limit'): Design {
  return withDelegatedSubnets(name, 190);
}
