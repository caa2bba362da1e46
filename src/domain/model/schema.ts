/**
 * The design document: the product's contract with its users (files, share links, the CLI).
 *
 * One runtime schema (zod) is the single source of truth: TypeScript types are inferred from it, the
 * committed JSON Schema (`docs/design.schema.json`) is generated from it, and every untrusted document
 * is parsed through it. Every field is documented in `docs/design-format.md`.
 *
 * Entities live in flat arrays and refer to each other by id; layout lives apart in `layout` so that
 * rules never read positions.
 */
import { z } from 'zod';
import { DESIGN_LIMITS } from './design-limits';
import './zod-config';

export const DESIGN_FORMAT = 'vnet-studio/design';
export const DESIGN_VERSION = 3;

/** Caps that keep hostile documents from exhausting memory or the validator (see `design-limits.ts`). */
export const LIMITS = DESIGN_LIMITS;

const id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  // Prototype names are refused so that ids can key plain objects (layout) safely.
  .regex(
    /^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9_.:-]+$/,
    'ids use letters, digits, "_", ".", ":" and "-" (and are not __proto__, constructor or prototype)',
  );
const name = z.string().max(LIMITS.name);
const text = z.string().max(LIMITS.text);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);
/**
 * A list a hand-written file may leave out: it reads as empty. Parsed designs (and so every file the studio
 * writes) always spell it out; the JSON Schema shows the default.
 */
const optionalList = <T extends z.ZodType>(item: T) => list(item).default(() => []);
/** A flag a hand-written file may leave out: it reads as `false` (or the given default). */
const flag = (value = false) => z.boolean().default(value);
/** A list of references to other objects: capped lower, since each one is a connection on the canvas. */
const refList = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.referencesPerList);
/** A reference list a hand-written file may leave out: it reads as empty. */
const optionalRefList = <T extends z.ZodType>(item: T) => refList(item).default(() => []);
/**
 * The object already exists in Azure: exports reference it instead of deploying it. Left out when false
 * (`serializeDesign` never writes `existing: false`).
 */
const existing = z.boolean().optional();
/** A CIDR as typed by the user. It is kept as text so that a half-typed prefix never blocks a save; rules report bad ones (NET001). */
const prefixText = z.string().max(64);

export const environmentTypes = ['Production', 'Default', 'Sandbox', 'Developer', 'Trial', 'Teams'] as const;
export const EnvironmentTypeSchema = z.enum(environmentTypes);

export const EnvironmentSchema = z.strictObject({
  id,
  name,
  /** Power Platform environment id (a GUID), used by the post-deployment script when known. */
  environmentId: z.string().max(LIMITS.id).optional(),
  type: EnvironmentTypeSchema,
  /** The environment's geography as the environment reports it (`unitedstates`, `unitedkingdom`, ...). */
  geography: z.string().max(64),
  /** The Azure region that `Get-EnvironmentRegion` reports, when known (`eastus`, ...). */
  azureRegion: z.string().max(64).optional(),
  managed: flag(),
  earlyRelease: flag(),
  callsInternet: flag(),
  /** Private resources this environment's plug-ins and connectors must reach. */
  resourceIds: optionalRefList(id),
  /** Every NetworkInjection policy the user linked it to (more than one is flagged by ENV005). */
  policyIds: optionalRefList(id),
});

export const EnterprisePolicySchema = z.strictObject({
  id,
  name,
  existing,
  /** A Power Platform policy location (a geography string such as `unitedstates`, `uk`), not an Azure region. */
  location: z.string().max(64),
  subscriptionId: z.string().max(LIMITS.id),
  resourceGroup: z.string().max(90),
  /** Referenced delegated subnets in order: primary first, secondary second. */
  subnetIds: optionalRefList(id),
});

export const gatewayKinds = ['Vpn', 'ExpressRoute'] as const;
export const firewallKinds = ['AzureFirewall', 'NVA'] as const;

export const VirtualNetworkSchema = z.strictObject({
  id,
  name,
  existing,
  /** Azure region identifier (`eastus`, `westeurope`, ...). */
  region: z.string().max(64),
  subscriptionId: z.string().max(LIMITS.id),
  resourceGroup: z.string().max(90),
  /** IPv4 prefixes, and IPv6 prefixes for a dual-stack VNet (which still needs an IPv4 prefix). */
  addressPrefixes: list(prefixText),
  /** Custom DNS servers; empty means Azure-provided DNS (168.63.129.16). */
  dnsServers: optionalList(z.string().max(64)),
});

export const occupantKinds = [
  'PrivateEndpoint',
  'VirtualMachine',
  'Gateway',
  'LoadBalancer',
  'Other',
] as const;
export const OccupantSchema = z.strictObject({
  kind: z.enum(occupantKinds),
  name,
  /** Addresses it takes in the subnet. */
  count: z
    .number()
    .int()
    .min(0)
    .max(1 << 24),
});

export const DELEGATION_ENTERPRISE_POLICIES = 'Microsoft.PowerPlatform/enterprisePolicies';
export const DELEGATION_VNET_ACCESS_LINKS = 'Microsoft.PowerPlatform/vnetaccesslinks';

export const SubnetSchema = z.strictObject({
  id,
  vnetId: id,
  name,
  existing,
  /** The subnet's IPv4 prefix (Power Platform sizes delegated subnets on it). */
  prefix: prefixText,
  /** The IPv6 prefix of a dual-stack subnet (exactly /64 in Azure), inside one of its VNet's IPv6 prefixes. */
  ipv6Prefix: prefixText.optional(),
  /** Service delegations (`Microsoft.PowerPlatform/enterprisePolicies` for Power Platform). */
  delegations: optionalList(z.string().max(200)),
  natGatewayId: id.optional(),
  nsgId: id.optional(),
  routeTableId: id.optional(),
  /** Other things taking addresses in the subnet: private endpoints, VMs, gateways. */
  occupants: optionalList(OccupantSchema),
});

export const PeeringLinkSchema = z.strictObject({
  /** Name of the peering resource on the local VNet; derived from the VNet names when absent. */
  name: name.optional(),
  /** Azure's default is true: a peering normally lets the VNets reach each other. */
  allowVirtualNetworkAccess: flag(true),
  allowForwardedTraffic: flag(),
  allowGatewayTransit: flag(),
  useRemoteGateways: flag(),
});

export const PeeringSchema = z
  .strictObject({
    id,
    vnetAId: id,
    vnetBId: id,
    /** The peering resource on VNet A pointing at VNet B; null when that direction does not exist. */
    aToB: PeeringLinkSchema.nullable(),
    /** The peering resource on VNet B pointing at VNet A; null when that direction does not exist. */
    bToA: PeeringLinkSchema.nullable(),
    existing,
  })
  .refine((p) => p.aToB !== null || p.bToA !== null, { message: 'a peering needs at least one direction' });

export const publicIpSkus = ['Basic', 'Standard', 'StandardV2'] as const;
export const PublicIpSchema = z.strictObject({
  name,
  existing,
  kind: z.enum(['Address', 'Prefix']),
  sku: z.enum(publicIpSkus),
  /** For a public IP prefix: its length (28 = 16 addresses ... 31 = 2). */
  prefixLength: z.number().int().min(0).max(32).optional(),
});

const optionalScope = {
  /** Defaults to the subscription of the VNet whose subnets use it. */
  subscriptionId: z.string().max(LIMITS.id).optional(),
  /** Defaults to the resource group of the VNet whose subnets use it. */
  resourceGroup: z.string().max(90).optional(),
};

export const NatGatewaySchema = z.strictObject({
  id,
  name,
  existing,
  region: z.string().max(64),
  ...optionalScope,
  sku: z.enum(['Standard', 'StandardV2']),
  publicIps: optionalList(PublicIpSchema),
});

export const SecurityRuleSchema = z.strictObject({
  name,
  priority: z.number().int().min(100).max(4096),
  direction: z.enum(['Inbound', 'Outbound']),
  access: z.enum(['Allow', 'Deny']),
  protocol: z.enum(['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*']),
  sourceAddressPrefix: z.string().max(100),
  sourcePortRange: z.string().max(100),
  destinationAddressPrefix: z.string().max(100),
  destinationPortRange: z.string().max(100),
});

export const NetworkSecurityGroupSchema = z.strictObject({
  id,
  name,
  existing,
  region: z.string().max(64),
  ...optionalScope,
  rules: optionalList(SecurityRuleSchema),
});

export const nextHopTypes = [
  'VirtualAppliance',
  'VirtualNetworkGateway',
  'VnetLocal',
  'Internet',
  'None',
] as const;
export const RouteSchema = z.strictObject({
  name,
  addressPrefix: prefixText,
  nextHopType: z.enum(nextHopTypes),
  nextHopIpAddress: z.string().max(64).optional(),
  /**
   * A `VirtualAppliance` route may point at a firewall of the design instead of an address: its next hop
   * is then that firewall's `privateIp` (read through `routeNextHopIp`).
   */
  nextHopFirewallId: id.optional(),
});

export const RouteTableSchema = z.strictObject({
  id,
  name,
  existing,
  region: z.string().max(64),
  ...optionalScope,
  disableBgpRoutePropagation: flag(),
  routes: optionalList(RouteSchema),
});

export const resourceKinds = ['Sql', 'Storage', 'KeyVault', 'Api', 'OnPremises', 'Other'] as const;

export const ResourcePlacementSchema = z.discriminatedUnion('type', [
  /** A private endpoint (or other private IP) in a subnet of one of the design's VNets. */
  z.strictObject({ type: z.literal('subnet'), subnetId: id, privateEndpoint: flag() }),
  /** A network on premises reached through the gateway of `gatewayVnetId`. */
  z.strictObject({ type: z.literal('onPremises'), gatewayVnetId: id, addressPrefixes: list(prefixText) }),
]);

export const PrivateResourceSchema = z.strictObject({
  id,
  name,
  existing,
  kind: z.enum(resourceKinds),
  placement: ResourcePlacementSchema,
  /** The private DNS zone that resolves its private endpoint, if any. */
  privateDnsZoneId: id.optional(),
});

export const PrivateDnsZoneSchema = z.strictObject({
  id,
  /** Zone name, e.g. `privatelink.database.windows.net`. */
  name,
  existing,
  /** VNets the zone is linked to. */
  vnetIds: optionalRefList(id),
});

export const firewallSkus = ['Standard', 'Premium'] as const;
/**
 * An Azure Firewall (in its VNet's `AzureFirewallSubnet`) or a network virtual appliance (in the subnet
 * whose prefix holds `privateIp`) that forwards traffic.
 */
export const FirewallSchema = z.strictObject({
  id,
  name,
  existing,
  vnetId: id,
  kind: z.enum(firewallKinds),
  /** The Azure Firewall tier; meaningful for an Azure Firewall only. */
  sku: z.enum(firewallSkus).default('Standard'),
  /** The address routes send traffic to (an Azure Firewall gets the 4th address of its subnet, x.x.x.4). */
  privateIp: z.string().max(64),
});

export const gatewaySkus = [
  'VpnGw1AZ',
  'VpnGw2AZ',
  'VpnGw3AZ',
  'VpnGw4AZ',
  'VpnGw5AZ',
  'VpnGw1',
  'VpnGw2',
  'VpnGw3',
  'VpnGw4',
  'VpnGw5',
  'ErGw1AZ',
  'ErGw2AZ',
  'ErGw3AZ',
  'ErGwScale',
  'Standard',
  'HighPerformance',
  'UltraPerformance',
] as const;
/** A VPN or ExpressRoute virtual network gateway, in its VNet's `GatewaySubnet`. */
export const GatewaySchema = z.strictObject({
  id,
  name,
  existing,
  vnetId: id,
  type: z.enum(gatewayKinds),
  /** Its SKU; one of the other type's SKUs is reported by NET013. */
  sku: z.enum(gatewaySkus),
  /** Two instances, both active (two addresses and two public IPs). */
  activeActive: flag(),
});

export const bastionSkus = ['Basic', 'Standard', 'Premium'] as const;
/** An Azure Bastion host, in its VNet's `AzureBastionSubnet`. */
export const BastionSchema = z.strictObject({
  id,
  name,
  existing,
  vnetId: id,
  sku: z.enum(bastionSkus).default('Basic'),
});

export const PositionSchema = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive().optional(),
  height: z.number().finite().positive().optional(),
});

export const DesignSchema = z.strictObject({
  format: z.literal(DESIGN_FORMAT),
  version: z.literal(DESIGN_VERSION),
  id,
  name,
  description: text.optional(),
  environments: optionalList(EnvironmentSchema),
  policies: optionalList(EnterprisePolicySchema),
  vnets: optionalList(VirtualNetworkSchema),
  subnets: optionalList(SubnetSchema),
  peerings: optionalList(PeeringSchema),
  natGateways: optionalList(NatGatewaySchema),
  nsgs: optionalList(NetworkSecurityGroupSchema),
  routeTables: optionalList(RouteTableSchema),
  resources: optionalList(PrivateResourceSchema),
  privateDnsZones: optionalList(PrivateDnsZoneSchema),
  firewalls: optionalList(FirewallSchema),
  gateways: optionalList(GatewaySchema),
  bastions: optionalList(BastionSchema),
  /** Canvas positions by entity id (subnet positions are relative to their VNet). Never read by rules. */
  layout: z.record(id, PositionSchema).default(() => ({})),
});

export type Design = z.infer<typeof DesignSchema>;
export type Environment = z.infer<typeof EnvironmentSchema>;
export type EnvironmentType = z.infer<typeof EnvironmentTypeSchema>;
export type EnterprisePolicy = z.infer<typeof EnterprisePolicySchema>;
export type VirtualNetwork = z.infer<typeof VirtualNetworkSchema>;
export type Subnet = z.infer<typeof SubnetSchema>;
export type Occupant = z.infer<typeof OccupantSchema>;
export type Peering = z.infer<typeof PeeringSchema>;
export type PeeringLink = z.infer<typeof PeeringLinkSchema>;
export type PublicIp = z.infer<typeof PublicIpSchema>;
export type NatGateway = z.infer<typeof NatGatewaySchema>;
export type SecurityRule = z.infer<typeof SecurityRuleSchema>;
export type NetworkSecurityGroup = z.infer<typeof NetworkSecurityGroupSchema>;
export type Route = z.infer<typeof RouteSchema>;
export type RouteTable = z.infer<typeof RouteTableSchema>;
export type PrivateResource = z.infer<typeof PrivateResourceSchema>;
export type ResourcePlacement = z.infer<typeof ResourcePlacementSchema>;
export type PrivateDnsZone = z.infer<typeof PrivateDnsZoneSchema>;
export type Firewall = z.infer<typeof FirewallSchema>;
export type Gateway = z.infer<typeof GatewaySchema>;
export type GatewaySku = Gateway['sku'];
export type Bastion = z.infer<typeof BastionSchema>;
export type Position = z.infer<typeof PositionSchema>;

/** The entity collections of a design come from the registry of kinds (`kinds.ts`). */
export { type EntityCollection, entityCollections } from './kinds';
export type EntityOf<C extends import('./kinds').EntityCollection> = Design[C][number];
