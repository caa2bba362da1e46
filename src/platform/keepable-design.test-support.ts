/** A design that decodes from a short link but whose file passes the loader's 4 MiB limit. */
import { createSubnet, createVnet } from '../domain/model/factories';
import type { Design } from '../domain/model/schema';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';

export function unkeepableDesign(): Design {
  const base = whitepaperScenario1();
  const vnet = createVnet({ id: 'vnet-big', name: 'vnet-big', addressPrefixes: ['10.200.0.0/16'] });
  // A delegation is one small number in a link but a whole line of the (indented) file.
  const delegations = Array.from({ length: 400 }, () => 'Microsoft.PowerPlatform/enterprisePolicies');
  const subnets = Array.from({ length: 200 }, (_, i) =>
    createSubnet({ id: `snet-big-${i}`, vnetId: vnet.id, prefix: `10.200.${i}.0/24`, delegations }),
  );
  return {
    ...base,
    name: 'Too large to keep',
    vnets: [...base.vnets, vnet],
    subnets: [...base.subnets, ...subnets],
  };
}
