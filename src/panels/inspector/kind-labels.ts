import type { EntityCollection } from '../../domain/model/schema';

/** What one object of each collection is called in the UI. */
export const kindLabels: Record<EntityCollection, { one: string; many: string }> = {
  environments: { one: 'Environment', many: 'Environments' },
  policies: { one: 'Enterprise policy', many: 'Enterprise policies' },
  vnets: { one: 'Virtual network', many: 'Virtual networks' },
  subnets: { one: 'Subnet', many: 'Subnets' },
  peerings: { one: 'Peering', many: 'Peerings' },
  natGateways: { one: 'NAT gateway', many: 'NAT gateways' },
  nsgs: { one: 'Network security group', many: 'Network security groups' },
  routeTables: { one: 'Route table', many: 'Route tables' },
  resources: { one: 'Private resource', many: 'Private resources' },
  privateDnsZones: { one: 'Private DNS zone', many: 'Private DNS zones' },
};
