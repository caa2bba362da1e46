/**
 * Where a hub's own objects sit: the subnet that hosts an Azure Firewall (its VNet's
 * `AzureFirewallSubnet`), a network virtual appliance (the subnet whose prefix holds its private IP), a
 * virtual network gateway (`GatewaySubnet`) and a Bastion host (`AzureBastionSubnet`); and the default
 * names of new ones, which say what and where (`afw-hub-westeurope`).
 */
import { cidrContainsIp, ipToNumber, tryParseCidr } from '../ip/cidr';
import { kinds } from './kinds';
import { uniqueName } from './naming';
import type { Bastion, Design, Firewall, Gateway, Subnet } from './schema';

/** The hub kinds of object, each held by one VNet. */
export type HubKind = 'firewall' | 'gateway' | 'bastion';

/** The subnet name Azure requires for each hub kind (an NVA sits in any subnet, by its address). */
export const hubSubnetName = {
  firewall: 'AzureFirewallSubnet',
  gateway: 'GatewaySubnet',
  bastion: 'AzureBastionSubnet',
} as const satisfies Record<HubKind, string>;

export type HubObject = Firewall | Gateway | Bastion;

const subnetsOf = (design: Pick<Design, 'subnets'>, vnetId: string) =>
  design.subnets.filter((s) => s.vnetId === vnetId);

/** The subnet of its VNet that hosts a hub object, or undefined when the VNet lacks it. */
export function hostSubnet(
  design: Pick<Design, 'subnets'>,
  kind: HubKind,
  object: HubObject,
): Subnet | undefined {
  const mine = subnetsOf(design, object.vnetId);
  if (kind === 'firewall' && (object as Firewall).kind === 'NVA') {
    const ip = ipToNumber((object as Firewall).privateIp.trim());
    if (ip === undefined) return undefined;
    return mine.find((s) => {
      const c = tryParseCidr(s.prefix);
      return c !== undefined && cidrContainsIp(c, ip);
    });
  }
  const name = hubSubnetName[kind];
  return mine.find((s) => s.name.trim() === name);
}

/**
 * A new hub object's name: its kind's prefix, the VNet's name without its `vnet-` prefix, and the VNet's
 * region unless the name already ends with it (`afw-hub-westeurope`), unique among objects of its kind.
 */
export function defaultHubObjectName(
  design: Pick<Design, 'vnets' | 'firewalls' | 'gateways' | 'bastions'>,
  kind: HubKind,
  vnetId: string,
): string {
  const vnet = design.vnets.find((v) => v.id === vnetId);
  const taken =
    kind === 'firewall' ? design.firewalls : kind === 'gateway' ? design.gateways : design.bastions;
  if (!vnet) return uniqueName(kinds[kind].idPrefix, taken);
  const base = vnet.name.trim().replace(/^vnet-/i, '') || vnet.region;
  const where = base === vnet.region || base.endsWith(`-${vnet.region}`) ? base : `${base}-${vnet.region}`;
  return uniqueName(`${kinds[kind].idPrefix}-${where}`, taken);
}
