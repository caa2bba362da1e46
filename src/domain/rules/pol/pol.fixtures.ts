import { createDelegatedSubnet, createPolicy } from '../../model/factories';
import { type RuleFixture, variant } from '../../testing/rule-fixture';

/** A design that triggers each POL rule, and a close one that doesn't. */
export const polFixtures: RuleFixture[] = [
  {
    ruleId: 'POL001',
    name: "the environment's spelling unitedkingdom as a policy location",
    trigger: variant((d) => {
      d.policies[0]!.location = 'unitedkingdom';
    }),
    objectIds: ['pol'],
    message: /set it to "uk"/,
    near: variant((d) => {
      d.policies[0]!.location = 'unitedstateseuap';
    }),
  },
  {
    ruleId: 'POL001',
    name: 'an unknown location',
    trigger: variant((d) => {
      d.policies[0]!.location = 'atlantis';
    }),
    objectIds: ['pol'],
    near: variant((d) => {
      d.policies[0]!.location = 'UnitedStates';
    }),
  },
  {
    ruleId: 'POL001',
    name: 'an Azure region typed as the policy location names its geography',
    trigger: variant((d) => {
      d.policies[0]!.location = 'westeurope';
    }),
    objectIds: ['pol'],
    message:
      'Policy ep-us has location "westeurope", an Azure region (West Europe), but a policy\'s location is a geography: West Europe belongs to Europe; set it to "europe" (Europe).',
    near: variant((d) => {
      d.policies[0]!.location = 'europe';
      d.environments[0]!.geography = 'europe';
      d.vnets[0]!.region = 'westeurope';
      d.vnets[1]!.region = 'northeurope';
    }),
  },
  {
    ruleId: 'POL001',
    name: 'southeastasia as a location names both geographies that use it',
    trigger: variant((d) => {
      d.policies[0]!.location = 'southeastasia';
    }),
    objectIds: ['pol'],
    message:
      /Southeast Asia belongs to Asia and Singapore; set it to "asia" \(Asia\) or "singapore" \(Singapore\)/,
    near: variant((d) => {
      d.policies[0]!.location = 'unitedstates';
    }),
  },
  {
    ruleId: 'POL002',
    name: 'one subnet in a paired geography',
    trigger: variant((d) => {
      d.policies[0]!.subnetIds = ['snet-e'];
    }),
    objectIds: ['pol', 'snet-e'],
    message: /needs two, add one in West US/,
    near: createBaseDesignNear(),
  },
  {
    ruleId: 'POL002',
    name: 'no subnet in a single-region geography',
    trigger: brazil((d) => {
      d.policies[0]!.subnetIds = [];
    }),
    objectIds: ['pol'],
    near: brazil((d) => {
      d.policies[0]!.subnetIds = ['snet-e'];
    }),
  },
  {
    ruleId: 'POL003',
    name: 'two subnets in a single-region geography',
    trigger: brazil(() => {}),
    objectIds: ['pol', 'snet-w'],
    message:
      /Microsoft's module drops every subnet after the first when it builds the policy, and the service's handling of a second subnet is not documented; remove it/,
    near: brazil((d) => {
      d.policies[0]!.subnetIds = ['snet-e'];
    }),
  },
  {
    ruleId: 'POL004',
    name: 'a VNet in West US 2 for a US policy',
    trigger: variant((d) => {
      d.vnets[1]!.region = 'westus2';
    }),
    objectIds: ['vnet-w', 'pol', 'snet-w'],
    near: variant((d) => {
      d.vnets[0]!.region = 'centralus';
      d.vnets[1]!.region = 'eastus2';
    }),
  },
  {
    ruleId: 'POL004',
    name: 'an early-release policy location allows only East US + West US',
    trigger: variant((d) => {
      d.policies[0]!.location = 'centraluseuap';
      d.environments[0]!.geography = 'centraluseuap';
      d.vnets[0]!.region = 'centralus';
      d.vnets[1]!.region = 'eastus2';
    }),
    objectIds: ['vnet-e', 'pol', 'snet-e'],
    count: 2,
    near: variant((d) => {
      d.policies[0]!.location = 'centraluseuap';
      d.environments[0]!.geography = 'centraluseuap';
    }),
  },
  {
    ruleId: 'POL004',
    name: 'an outdated Brazil region from older guides',
    trigger: brazil((d) => {
      d.policies[0]!.subnetIds = ['snet-e'];
      d.vnets[0]!.region = 'southcentralus';
    }),
    objectIds: ['vnet-e', 'pol', 'snet-e'],
    message: /older guides list South Central US for Brazil/,
    near: brazil((d) => {
      d.policies[0]!.subnetIds = ['snet-e'];
    }),
  },
  {
    ruleId: 'POL005',
    name: 'mixing the two US pairs',
    trigger: variant((d) => {
      d.vnets[1]!.region = 'eastus2';
    }),
    objectIds: ['pol', 'vnet-w', 'vnet-e', 'snet-e', 'snet-w'],
    message: /East US \+ West US or Central US \+ East US 2/,
    near: variant((d) => {
      d.vnets[0]!.region = 'eastus2';
      d.vnets[1]!.region = 'centralus';
    }),
  },
  {
    ruleId: 'POL005',
    name: 'both subnets in one region',
    trigger: variant((d) => {
      d.vnets[1]!.region = 'eastus';
    }),
    objectIds: ['pol', 'vnet-w', 'vnet-e', 'snet-e', 'snet-w'],
    message: /move snet-pp to a VNet in West US/,
    near: createBaseDesignNear(),
  },
  {
    ruleId: 'POL006',
    name: 'a referenced subnet without the delegation',
    trigger: variant((d) => {
      d.subnets[1]!.delegations = [];
    }),
    objectIds: ['snet-w', 'pol'],
    near: variant((d) => {
      d.subnets[1]!.delegations = ['Microsoft.PowerPlatform/enterprisePolicies'];
    }),
  },
  {
    ruleId: 'POL006',
    name: 'a reference to a deleted subnet',
    trigger: variant((d) => {
      d.subnets.pop();
    }),
    objectIds: ['pol'],
    near: createBaseDesignNear(),
  },
  {
    ruleId: 'POL007',
    name: 'two policies sharing a subnet',
    trigger: variant((d) => {
      d.policies.push(createPolicy({ id: 'pol2', subnetIds: ['snet-e', 'snet-w2'] }));
      addWestSubnet(d);
    }),
    objectIds: ['snet-e', 'pol', 'pol2'],
    near: variant((d) => {
      d.policies.push(createPolicy({ id: 'pol2', subnetIds: ['snet-e2', 'snet-w2'] }));
      addWestSubnet(d);
      d.subnets.push(createDelegatedSubnet({ id: 'snet-e2', vnetId: 'vnet-e', prefix: '10.1.1.0/24' }));
    }),
  },
  {
    ruleId: 'POL008',
    name: 'twins of different sizes',
    trigger: variant((d) => {
      d.subnets[0]!.prefix = '10.1.0.0/26';
    }),
    objectIds: ['snet-e', 'snet-w', 'pol'],
    message:
      'Subnet snet-pp in vnet-pp-eus is /26 but its twin snet-pp in vnet-pp-wus is /24: make both the same size',
    near: variant((d) => {
      d.subnets[0]!.prefix = '10.1.0.0/23';
      d.subnets[1]!.prefix = '10.2.2.0/23';
    }),
  },
  {
    ruleId: 'POL009',
    name: 'an environment in Central US on an East US + West US policy',
    trigger: variant((d) => {
      d.environments[0]!.azureRegion = 'centralus';
    }),
    objectIds: ['pol', 'env', 'vnet-e', 'vnet-w'],
    message: /use VNets in Central US \+ East US 2/,
    near: variant((d) => {
      d.environments[0]!.azureRegion = 'westus';
    }),
  },
  {
    ruleId: 'POL010',
    name: 'a policy nobody links to',
    trigger: variant((d) => {
      d.environments[0]!.policyIds = [];
    }),
    objectIds: ['pol'],
    near: createBaseDesignNear(),
  },
];

function createBaseDesignNear() {
  return variant(() => {});
}

/** The base design moved to Brazil, a single-region geography. */
function brazil(edit: (d: import('../../model/schema').Design) => void) {
  return variant((d) => {
    d.policies[0]!.location = 'brazil';
    d.environments[0]!.geography = 'brazil';
    d.vnets[0]!.region = 'brazilsouth';
    d.vnets[1]!.region = 'brazilsouth';
    edit(d);
  });
}

function addWestSubnet(d: import('../../model/schema').Design) {
  d.subnets.push(createDelegatedSubnet({ id: 'snet-w2', vnetId: 'vnet-w', prefix: '10.2.1.0/24' }));
}
