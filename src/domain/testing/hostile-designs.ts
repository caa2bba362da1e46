/**
 * Hostile design shapes, each within the format's limits (so the loader accepts them and the validator
 * has to cope): equal prefixes, nested prefixes, reference fans, long peering chains and a hub peered
 * with thousands of delegated spokes. Shared by the benchmark (`npm run bench`) and the hostile-input
 * tests, which check that each stays within fixed bounds on findings.
 */
import { cidrFromNumber, formatCidr } from '../ip/cidr';
import { DESIGN_LIMITS } from '../model/design-limits';
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createPeering,
  createPolicy,
  createResource,
  createSubnet,
  createVnet,
} from '../model/factories';
import type { Design } from '../model/schema';

const TEN = 0x0a000000;
const block = (n: number, prefixLength: number) => formatCidr(cidrFromNumber(TEN + n, prefixLength));

export interface HostileShape {
  key: string;
  /** What the shape attacks. */
  title: string;
  create(): Design;
}

/** 5,000 subnets of one VNet on the same prefix: 12.5 million overlapping pairs, one cluster. */
function identicalPrefixes(): Design {
  return createDesign({
    id: 'hostile-identical',
    name: 'Identical prefixes',
    vnets: [createVnet({ id: 'vnet', addressPrefixes: ['10.0.0.0/16'] })],
    subnets: Array.from({ length: DESIGN_LIMITS.listItems }, (_, i) =>
      createSubnet({ id: `s${i}`, vnetId: 'vnet', name: 'snet', prefix: '10.0.0.0/24' }),
    ),
  });
}

/**
 * Nested prefixes: 2,500 subnets on one /16 and 2,500 /24s inside it (6.2 million pairs), and a VNet
 * whose 5,000 address prefixes nest the same way.
 */
function nestedPrefixes(): Design {
  const half = DESIGN_LIMITS.listItems / 2;
  return createDesign({
    id: 'hostile-nested',
    name: 'Nested prefixes',
    vnets: [
      createVnet({ id: 'vnet', addressPrefixes: ['10.0.0.0/8'] }),
      createVnet({
        id: 'vnet-prefixes',
        addressPrefixes: Array.from({ length: DESIGN_LIMITS.listItems }, (_, i) =>
          i < half ? '10.1.0.0/16' : block(0x10000 + (i % 256) * 256, 24),
        ),
      }),
    ],
    subnets: Array.from({ length: DESIGN_LIMITS.listItems }, (_, i) =>
      createSubnet({
        id: `s${i}`,
        vnetId: 'vnet',
        name: `snet-${i}`,
        prefix: i < half ? '10.0.0.0/16' : block((i % 256) * 256, 24),
      }),
    ),
  });
}

/** Reference fans at the caps: 20 environments each linked to the same 1,000 policies (20,000 links). */
function referenceFan(): Design {
  const policies = Array.from({ length: DESIGN_LIMITS.referencesPerList }, (_, i) =>
    createPolicy({ id: `p${i}`, location: i % 2 === 0 ? 'unitedstates' : 'europe', subnetIds: [] }),
  );
  const envs = DESIGN_LIMITS.references / DESIGN_LIMITS.referencesPerList;
  return createDesign({
    id: 'hostile-fan',
    name: 'Reference fan',
    policies,
    environments: Array.from({ length: envs }, (_, e) =>
      createEnvironment({ id: `e${e}`, policyIds: policies.map((p) => p.id) }),
    ),
  });
}

/**
 * A chain of 5,000 VNets, each peered with the next, every one with a delegated subnet used by a policy
 * and an environment that must reach a resource at the far end.
 */
export function longPeeringChain(n = 2500): Design {
  const vnets = Array.from({ length: n }, (_, i) =>
    createVnet({
      id: `v${i}`,
      region: i % 2 === 0 ? 'eastus' : 'westus',
      addressPrefixes: [block(i * 256, 24)],
    }),
  );
  const subnets = vnets.map((v, i) =>
    createDelegatedSubnet({ id: `s${i}`, vnetId: v.id, prefix: block(i * 256, 24) }),
  );
  const policies = Array.from({ length: n / 2 }, (_, p) =>
    createPolicy({ id: `p${p}`, subnetIds: [`s${2 * p}`, `s${2 * p + 1}`] }),
  );
  return createDesign({
    id: 'hostile-chain',
    name: 'Long peering chain',
    vnets,
    subnets,
    policies,
    peerings: Array.from({ length: n - 1 }, (_, i) =>
      createPeering({ id: `peer${i}`, vnetAId: `v${i}`, vnetBId: `v${i + 1}` }),
    ),
    resources: [
      createResource({
        id: 'far',
        placement: { type: 'subnet', subnetId: `s${n - 1}`, privateEndpoint: true },
      }),
    ],
    environments: policies.map((p, i) =>
      createEnvironment({ id: `e${i}`, policyIds: [p.id], resourceIds: ['far'] }),
    ),
  });
}

/** A hub peered with 2,000 delegated spokes whose environments all reach a resource in the hub. */
export function hubWithManySpokes(spokes = 2000): Design {
  const vnets = [
    createVnet({ id: 'hub', region: 'eastus', addressPrefixes: ['10.255.0.0/16'] }),
    ...Array.from({ length: spokes }, (_, i) =>
      createVnet({
        id: `v${i}`,
        region: i % 2 === 0 ? 'eastus' : 'westus',
        addressPrefixes: [block(i * 256, 24)],
      }),
    ),
  ];
  const subnets = [
    createSubnet({ id: 'hub-data', vnetId: 'hub', prefix: '10.255.0.0/24' }),
    ...Array.from({ length: spokes }, (_, i) =>
      createDelegatedSubnet({ id: `s${i}`, vnetId: `v${i}`, prefix: block(i * 256, 24) }),
    ),
  ];
  const policies = Array.from({ length: spokes / 2 }, (_, p) =>
    createPolicy({ id: `p${p}`, subnetIds: [`s${2 * p}`, `s${2 * p + 1}`] }),
  );
  return createDesign({
    id: 'hostile-hub',
    name: 'Hub with many spokes',
    vnets,
    subnets,
    policies,
    peerings: Array.from({ length: spokes }, (_, i) =>
      createPeering({ id: `peer${i}`, vnetAId: 'hub', vnetBId: `v${i}` }),
    ),
    resources: [
      createResource({
        id: 'sql',
        placement: { type: 'subnet', subnetId: 'hub-data', privateEndpoint: true },
      }),
    ],
    environments: policies.map((p, i) =>
      createEnvironment({ id: `e${i}`, policyIds: [p.id], resourceIds: ['sql'] }),
    ),
  });
}

/** Two peered VNets with 5,000 equal address prefixes each (25 million overlapping pairs), peered 1,000 times. */
function overlappingPeers(): Design {
  const prefixes = Array.from({ length: DESIGN_LIMITS.listItems }, () => '10.0.0.0/16');
  return createDesign({
    id: 'hostile-peers',
    name: 'Overlapping peers',
    vnets: [
      createVnet({ id: 'a', addressPrefixes: prefixes }),
      createVnet({ id: 'b', addressPrefixes: [...prefixes] }),
    ],
    peerings: Array.from({ length: 1000 }, (_, i) =>
      createPeering({ id: `peer${i}`, vnetAId: 'a', vnetBId: 'b' }),
    ),
  });
}

export const hostileShapes: readonly HostileShape[] = [
  { key: 'identical-prefixes', title: '5,000 subnets on one prefix', create: identicalPrefixes },
  { key: 'nested-prefixes', title: '5,000 nested subnets and VNet prefixes', create: nestedPrefixes },
  { key: 'reference-fan', title: '20 environments × 1,000 policies', create: referenceFan },
  {
    key: 'peering-chain',
    title: 'a chain of 2,500 peered delegated VNets',
    create: () => longPeeringChain(),
  },
  { key: 'hub-spokes', title: 'a hub peered with 2,000 delegated spokes', create: () => hubWithManySpokes() },
  {
    key: 'overlapping-peers',
    title: 'two VNets of 5,000 equal prefixes, peered 1,000 times',
    create: overlappingPeers,
  },
];
