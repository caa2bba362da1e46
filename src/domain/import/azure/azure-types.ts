/** The Azure resource types the importer reads (lower case: Azure compares types case-insensitively). */
export const T = {
  vnet: 'microsoft.network/virtualnetworks',
  subnet: 'microsoft.network/virtualnetworks/subnets',
  peering: 'microsoft.network/virtualnetworks/virtualnetworkpeerings',
  nsg: 'microsoft.network/networksecuritygroups',
  rule: 'microsoft.network/networksecuritygroups/securityrules',
  routeTable: 'microsoft.network/routetables',
  route: 'microsoft.network/routetables/routes',
  nat: 'microsoft.network/natgateways',
  pip: 'microsoft.network/publicipaddresses',
  pipPrefix: 'microsoft.network/publicipprefixes',
  dnsZone: 'microsoft.network/privatednszones',
  dnsLink: 'microsoft.network/privatednszones/virtualnetworklinks',
  privateEndpoint: 'microsoft.network/privateendpoints',
  nic: 'microsoft.network/networkinterfaces',
  loadBalancer: 'microsoft.network/loadbalancers',
  firewall: 'microsoft.network/azurefirewalls',
  gateway: 'microsoft.network/virtualnetworkgateways',
  bastion: 'microsoft.network/bastionhosts',
  policy: 'microsoft.powerplatform/enterprisepolicies',
  deployment: 'microsoft.resources/deployments',
} as const;

export const IMPORTED_TYPES: ReadonlySet<string> = new Set(Object.values(T));
