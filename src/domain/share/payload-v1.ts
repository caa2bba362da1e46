/**
 * Version 1 of the share payload (`#d1.`): the design document version 1 as positional arrays.
 *
 * FROZEN once released: field order, defaults and the name lists below are part of every v1 link ever
 * shared. Change nothing here; a new design field or a different layout means a new payload version
 * (`payload-v2.ts`) registered in `link-versions.ts`, while this decoder keeps opening old links.
 */

import { collection, idText, sequenceIds } from './collection-codec';
import {
  bool,
  type Codec,
  type Compact,
  type DecodeContext,
  type EncodeContext,
  entity,
  field,
  list,
  NO_CONTEXT,
  num,
  oneOf,
  optional,
  optNum,
  optOneOf,
  optRef,
  optStr,
  PayloadError,
  ref,
  str,
  strOr,
  trimDefaults,
} from './compact-codec';
import {
  COLLECTIONS_V1,
  DEFAULT_RESOURCE_GROUP_V1,
  DEFAULT_SUBSCRIPTION_ID_V1,
  type DesignBodyV1,
  type PolicyV1 as EnterprisePolicy,
  type EnvironmentV1 as Environment,
  type FirewallV1,
  type NatGatewayV1 as NatGateway,
  type NsgV1 as NetworkSecurityGroup,
  type OccupantV1 as Occupant,
  type PeeringV1 as Peering,
  type PeeringLinkV1 as PeeringLink,
  type DnsZoneV1 as PrivateDnsZone,
  type ResourceV1 as PrivateResource,
  type PublicIpV1 as PublicIp,
  type PlacementV1 as ResourcePlacement,
  type RouteV1 as Route,
  type RouteTableV1 as RouteTable,
  type SecurityRuleV1 as SecurityRule,
  type SubnetV1 as Subnet,
  type VnetV1 as VirtualNetwork,
} from './design-v1';
import { layout } from './layout-v1';
import {
  ACCESS,
  DELEGATIONS,
  DIRECTIONS,
  ENVIRONMENT_TYPES,
  FIREWALL_KINDS,
  GATEWAY_KINDS,
  NAT_SKUS,
  NEXT_HOPS,
  OCCUPANT_KINDS,
  PROTOCOLS,
  PUBLIC_IP_KINDS,
  PUBLIC_IP_SKUS,
  RESOURCE_KINDS,
} from './names-v1';

const nameOrId = strOr((o) => (typeof o.id === 'string' ? o.id : ''));
const subscription = strOr(() => DEFAULT_SUBSCRIPTION_ID_V1);
const resourceGroup = strOr(() => DEFAULT_RESOURCE_GROUP_V1);
const strList = list(str);
const any = strOr(() => '*');

const environment = entity<Environment>([
  field('id', idText),
  field('name', nameOrId),
  field('type', oneOf(ENVIRONMENT_TYPES)),
  field(
    'geography',
    strOr(() => 'unitedstates'),
  ),
  field('azureRegion', optStr),
  field('managed', bool(true)),
  field('earlyRelease', bool()),
  field('callsInternet', bool()),
  field('resourceIds', list(ref('resources'))),
  field('policyIds', list(ref('policies'))),
  field('environmentId', optStr),
]);

const policy = entity<EnterprisePolicy>([
  field('id', idText),
  field('name', nameOrId),
  field(
    'location',
    strOr(() => 'unitedstates'),
  ),
  field('subscriptionId', subscription),
  field('resourceGroup', resourceGroup),
  field('subnetIds', list(ref('subnets'))),
]);

const firewall = entity<FirewallV1>([field('kind', oneOf(FIREWALL_KINDS)), field('privateIp', str)]);

const vnet = entity<VirtualNetwork>([
  field('id', idText),
  field('name', nameOrId),
  field('region', str),
  field('subscriptionId', subscription),
  field('resourceGroup', resourceGroup),
  field('addressPrefixes', strList),
  field('dnsServers', strList),
  field('gateway', optOneOf(GATEWAY_KINDS)),
  field('firewall', optional(firewall)),
]);

const occupant = entity<Occupant>([
  field('kind', oneOf(OCCUPANT_KINDS)),
  field('name', str),
  field('count', num),
]);

const subnet = entity<Subnet>([
  field('id', idText),
  field('vnetId', ref('vnets')),
  field('name', nameOrId),
  field('prefix', str),
  field('delegations', list(oneOf(DELEGATIONS))),
  field('natGatewayId', optRef('natGateways')),
  field('nsgId', optRef('nsgs')),
  field('routeTableId', optRef('routeTables')),
  field('occupants', list(occupant)),
  field('ipv6Prefix', optStr),
]);

/**
 * A peering direction: flags in one number (bit 0 = virtual network access *denied*, so the usual link
 * is `0`; bit 1 forwarded traffic; bit 2 gateway transit; bit 3 remote gateways; 16 = no such direction),
 * or `[flags, name]` when the link has a name.
 */
const peeringLink: Codec<PeeringLink | null> = {
  enc: (v) => {
    if (v === null) return 16;
    const flags =
      (v.allowVirtualNetworkAccess ? 0 : 1) |
      (v.allowForwardedTraffic ? 2 : 0) |
      (v.allowGatewayTransit ? 4 : 0) |
      (v.useRemoteGateways ? 8 : 0);
    return v.name === undefined ? flags : [flags, v.name];
  },
  dec: (j, path) => {
    let flags: Compact = j;
    let name: string | undefined;
    if (Array.isArray(j)) {
      if (j.length !== 2) throw new PayloadError('wrong-type', path, `${path}: expected [flags, name].`);
      flags = j[0];
      name = str.dec(j[1], `${path}[1]`, {}, NO_CONTEXT);
    }
    if (flags === 16 && name === undefined) return null;
    if (typeof flags !== 'number' || !Number.isInteger(flags) || flags < 0 || flags > 15) {
      throw new PayloadError('wrong-type', path, `${path}: expected peering flags from 0 to 16.`);
    }
    return {
      ...(name === undefined ? {} : { name }),
      allowVirtualNetworkAccess: (flags & 1) === 0,
      allowForwardedTraffic: (flags & 2) !== 0,
      allowGatewayTransit: (flags & 4) !== 0,
      useRemoteGateways: (flags & 8) !== 0,
    };
  },
};

const peering = entity<Peering>([
  field('id', idText),
  field('vnetAId', ref('vnets')),
  field('vnetBId', ref('vnets')),
  field('aToB', peeringLink),
  field('bToA', peeringLink),
]);

const publicIp = entity<PublicIp>([
  field('name', str),
  field('kind', oneOf(PUBLIC_IP_KINDS)),
  field('sku', oneOf(PUBLIC_IP_SKUS)),
  field('prefixLength', optNum),
]);

const natGateway = entity<NatGateway>([
  field('id', idText),
  field('name', nameOrId),
  field('region', str),
  field('subscriptionId', optStr),
  field('resourceGroup', optStr),
  field('sku', oneOf(NAT_SKUS)),
  field('publicIps', list(publicIp)),
]);

const securityRule = entity<SecurityRule>([
  field('name', str),
  field('priority', num),
  field('direction', oneOf(DIRECTIONS)),
  field('access', oneOf(ACCESS)),
  field('protocol', oneOf(PROTOCOLS)),
  field('sourceAddressPrefix', any),
  field('sourcePortRange', any),
  field('destinationAddressPrefix', any),
  field('destinationPortRange', any),
]);

const nsg = entity<NetworkSecurityGroup>([
  field('id', idText),
  field('name', nameOrId),
  field('region', str),
  field('subscriptionId', optStr),
  field('resourceGroup', optStr),
  field('rules', list(securityRule)),
]);

const route = entity<Route>([
  field('name', str),
  field('addressPrefix', str),
  field('nextHopType', oneOf(NEXT_HOPS)),
  field('nextHopIpAddress', optStr),
]);

const routeTable = entity<RouteTable>([
  field('id', idText),
  field('name', nameOrId),
  field('region', str),
  field('subscriptionId', optStr),
  field('resourceGroup', optStr),
  field('disableBgpRoutePropagation', bool()),
  field('routes', list(route)),
]);

/** `[0, subnet, privateEndpoint ? 0 : 1]` or `[1, gateway VNet, addressPrefixes]`. */
const subnetRef = ref('subnets');
const vnetRef = ref('vnets');
const placement: Codec<ResourcePlacement> = {
  enc: (v, owner, ctx) =>
    v.type === 'subnet'
      ? trimDefaults([0, subnetRef.enc(v.subnetId, owner, ctx), v.privateEndpoint ? 0 : 1])
      : trimDefaults([
          1,
          vnetRef.enc(v.gatewayVnetId, owner, ctx),
          strList.enc(v.addressPrefixes, owner, ctx),
        ]),
  dec: (j, path, partial, ctx) => {
    if (!Array.isArray(j) || j.length > 3) {
      throw new PayloadError('wrong-type', path, `${path}: expected a placement [type, target, detail].`);
    }
    const type = j[0] ?? 0;
    if (type === 0) {
      return {
        type: 'subnet',
        subnetId: subnetRef.dec(j[1] ?? 0, `${path}.subnetId`, partial, ctx),
        privateEndpoint: bool(true).dec(j[2] ?? 0, `${path}.privateEndpoint`, partial, ctx),
      };
    }
    if (type === 1) {
      return {
        type: 'onPremises',
        gatewayVnetId: vnetRef.dec(j[1] ?? 0, `${path}.gatewayVnetId`, partial, ctx),
        addressPrefixes: strList.dec(j[2] ?? 0, `${path}.addressPrefixes`, partial, ctx),
      };
    }
    throw new PayloadError('wrong-type', path, `${path}: the placement type must be 0 or 1.`);
  },
};

const resource = entity<PrivateResource>([
  field('id', idText),
  field('name', nameOrId),
  field('kind', oneOf(RESOURCE_KINDS)),
  field('placement', placement),
  field('privateDnsZoneId', optRef('privateDnsZones')),
]);

const dnsZone = entity<PrivateDnsZone>([
  field('id', idText),
  field(
    'name',
    strOr(() => 'privatelink.database.windows.net'),
  ),
  field('vnetIds', list(ref('vnets'))),
]);

const design = entity<DesignBodyV1>([
  field('id', idText),
  field('name', str),
  field('description', optStr),
  field('environments', collection(environment)),
  field('policies', collection(policy)),
  field('vnets', collection(vnet)),
  field('subnets', collection(subnet)),
  field('peerings', collection(peering)),
  field('natGateways', collection(natGateway)),
  field('nsgs', collection(nsg)),
  field('routeTables', collection(routeTable)),
  field('resources', collection(resource)),
  field('privateDnsZones', collection(dnsZone)),
  field('layout', layout),
]);

/** Where each collection sits in the payload: the design codec's field order. */
const COLLECTION_POSITION = 3;

/** The v1 payload of a version-1 design document (a JSON-ready value). */
export function encodePayloadV1(value: DesignBodyV1 & { format?: string; version?: number }): Compact {
  const { format: _format, version: _version, ...body } = value;
  const positions = new Map<string, Map<string, number>>();
  for (const key of COLLECTIONS_V1) {
    const byId = new Map<string, number>();
    value[key].forEach((e, i) => {
      if (!byId.has(e.id)) byId.set(e.id, i);
    });
    positions.set(key, byId);
  }
  const ctx: EncodeContext = { indexOf: (collection, id) => positions.get(collection)?.get(id) };
  return design.enc(body, {}, ctx);
}

/**
 * A design document (format version 1) from a v1 payload; throws {@link PayloadError} on a malformed
 * payload. The result is still untrusted: the caller passes it through `parseDesign`.
 */
export function decodePayloadV1(payload: Compact): Record<string, unknown> {
  if (!Array.isArray(payload)) throw new PayloadError('wrong-type', '$', '$: expected a list of fields.');
  // References point at positions, so every collection's ids are read before anything is decoded.
  const ids = new Map<string, readonly unknown[]>();
  COLLECTIONS_V1.forEach((key, i) => {
    const items = payload[COLLECTION_POSITION + i];
    if (Array.isArray(items)) ids.set(key, sequenceIds(items));
  });
  const ctx: DecodeContext = {
    idAt: (collection, index) => {
      const id = ids.get(collection)?.[index];
      return typeof id === 'string' ? id : undefined;
    },
  };
  const body = design.dec(payload, '$', {}, ctx);
  return { format: 'vnet-studio/design', version: 1, ...body };
}
