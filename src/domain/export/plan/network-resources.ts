import { indexDesign } from '../../model/design-index';
import { routeNextHopIp } from '../../model/hub-objects';
import { kinds } from '../../model/kinds';
import type {
  Design,
  NatGateway,
  Peering,
  PeeringLink,
  Route,
  Subnet,
  VirtualNetwork,
} from '../../model/schema';
import type { Referencer } from './build-plan';
import { arr, bool, type Expr, idOf, num, obj, param, prefixed, resourceName, str } from './expr';
import type { SymbolTable } from './symbols';
import { NETWORK_API_VERSION, type PlannedResource } from './types';

const strs = (values: readonly string[]): Expr => arr(values.map(str));

/**
 * The Microsoft.Network resources of the declared objects, in deployment order: NSGs, route tables,
 * public IPs, NAT gateways, VNets (with their subnets inline), peerings.
 */
export function networkResources(
  design: Design,
  declared: ReadonlySet<string>,
  ref: Referencer,
  symbols: SymbolTable,
  warnings: string[],
): PlannedResource[] {
  const out: PlannedResource[] = [];
  const base = (id: string, label: string, displayName: string, type: string) => ({
    sourceId: id,
    label,
    displayName,
    type,
    apiVersion: NETWORK_API_VERSION,
  });
  for (const nsg of design.nsgs) {
    const symbol = ref.symbolOf(nsg.id);
    if (!symbol) continue;
    out.push({
      ...base(nsg.id, kinds.nsg.label.one, nsg.name, kinds.nsg.azureType),
      symbol,
      name: prefixed(nsg.name),
      location: nsg.region,
      properties: obj({
        securityRules: arr(
          nsg.rules.map((r) =>
            obj({
              name: str(r.name),
              properties: obj({
                priority: num(r.priority),
                direction: str(r.direction),
                access: str(r.access),
                protocol: str(r.protocol),
                sourceAddressPrefix: str(r.sourceAddressPrefix),
                sourcePortRange: str(r.sourcePortRange),
                destinationAddressPrefix: str(r.destinationAddressPrefix),
                destinationPortRange: str(r.destinationPortRange),
              }),
            }),
          ),
        ),
      }),
    });
  }
  const nextHop = (r: Route) => routeNextHopIp(design, r);
  for (const rt of design.routeTables) {
    const symbol = ref.symbolOf(rt.id);
    if (!symbol) continue;
    out.push({
      ...base(rt.id, kinds.routeTable.label.one, rt.name, kinds.routeTable.azureType),
      symbol,
      name: prefixed(rt.name),
      location: rt.region,
      properties: obj({
        disableBgpRoutePropagation: bool(rt.disableBgpRoutePropagation),
        routes: arr(
          rt.routes.map((r) =>
            obj({
              name: str(r.name),
              properties: obj({
                addressPrefix: str(r.addressPrefix),
                nextHopType: str(r.nextHopType),
                // a route naming a firewall goes to that firewall's private IP
                nextHopIpAddress: nextHop(r) === undefined ? undefined : str(nextHop(r) as string),
              }),
            }),
          ),
        ),
      }),
    });
  }
  for (const nat of design.natGateways) {
    const symbol = ref.symbolOf(nat.id);
    if (symbol) out.push(...natGatewayResources(nat, symbol, symbols, warnings));
  }
  for (const vnet of design.vnets) {
    const symbol = ref.symbolOf(vnet.id);
    if (symbol) out.push(vnetResource(design, vnet, symbol, ref));
    else if (declared.has(vnet.id) && ref.isExisting(vnet.id))
      out.push(...newSubnetsOfExistingVnet(design, vnet, ref, symbols));
  }
  for (const peering of design.peerings) {
    if (!declared.has(peering.id) || ref.isExisting(peering.id)) continue;
    out.push(...peeringResources(design, peering, ref, symbols));
  }
  return out;
}

/**
 * The subnet properties ARM takes, inline in a new VNet or on a subnet resource of its own. A dual-stack
 * subnet lists both prefixes (addressPrefixes); a single-stack one keeps addressPrefix.
 */
function subnetProperties(s: Subnet, ref: Referencer): Expr {
  const association = (kind: 'nsg' | 'routeTable' | 'natGateway', id: string | undefined) => {
    const target = id === undefined ? undefined : ref.idOf(kind, id, s.id);
    return target ? obj({ id: target }) : undefined;
  };
  return obj({
    addressPrefix: s.ipv6Prefix?.trim() ? undefined : str(s.prefix),
    addressPrefixes: s.ipv6Prefix?.trim() ? strs([s.prefix, s.ipv6Prefix.trim()]) : undefined,
    delegations: s.delegations.length
      ? arr(s.delegations.map((d) => obj({ name: str(d), properties: obj({ serviceName: str(d) }) })))
      : undefined,
    networkSecurityGroup: association('nsg', s.nsgId),
    routeTable: association('routeTable', s.routeTableId),
    natGateway: association('natGateway', s.natGatewayId),
  });
}

/**
 * New subnets of an existing VNet, each a child resource of the VNet declared `existing`: the VNet itself
 * is never emitted, since a VNet resource whose subnet list is shorter than Azure's deletes the other
 * subnets. Azure takes one change to a VNet's subnets at a time, so each subnet waits for the previous.
 */
function newSubnetsOfExistingVnet(
  design: Design,
  vnet: VirtualNetwork,
  ref: Referencer,
  symbols: SymbolTable,
): PlannedResource[] {
  const subnets = (indexDesign(design).subnetsByVnet.get(vnet.id) ?? []).filter((s) => !ref.isExisting(s.id));
  const parent = subnets.length ? ref.parentOf(vnet.id) : undefined;
  if (!parent) return [];
  let previous: string | undefined;
  return subnets.map((s) => {
    const symbol = symbols.claim('subnet', s.id);
    const resource: PlannedResource = {
      symbol,
      sourceId: s.id,
      label: 'Subnet',
      displayName: s.name,
      type: 'Microsoft.Network/virtualNetworks/subnets',
      apiVersion: NETWORK_API_VERSION,
      parent,
      name: str(resourceName(s.name)),
      properties: subnetProperties(s, ref),
      ...(previous ? { dependsOn: [previous] } : {}),
    };
    previous = symbol;
    return resource;
  });
}

function natGatewayResources(
  nat: NatGateway,
  symbol: string,
  symbols: SymbolTable,
  warnings: string[],
): PlannedResource[] {
  const out: PlannedResource[] = [];
  const addresses: Expr[] = [];
  const prefixes: Expr[] = [];
  nat.publicIps.forEach((ip, i) => {
    const isPrefix = ip.kind === 'Prefix';
    const type = isPrefix ? 'Microsoft.Network/publicIPPrefixes' : 'Microsoft.Network/publicIPAddresses';
    const ipSymbol = symbols.claim(isPrefix ? 'publicIpPrefix' : 'publicIp', `${nat.id}-${i + 1}`);
    const id = obj({
      id: idOf({
        symbol: ipSymbol,
        type,
        names: [ip.existing ? str(resourceName(ip.name)) : prefixed(ip.name)],
      }),
    });
    (isPrefix ? prefixes : addresses).push(id);
    if (ip.existing) {
      // already in Azure (in the NAT gateway's resource group): referenced, never redeployed
      out.push({
        symbol: ipSymbol,
        sourceId: nat.id,
        label: isPrefix ? 'Public IP prefix' : 'Public IP address',
        displayName: ip.name,
        type,
        apiVersion: NETWORK_API_VERSION,
        existing: true,
        name: str(resourceName(ip.name)),
        properties: obj({}),
      });
      return;
    }
    let sku: string = ip.sku;
    if (isPrefix && sku === 'Basic') {
      // public IP prefixes have no Basic SKU: the template would not deploy
      sku = 'Standard';
      warnings.push(
        `Public IP prefix "${ip.name}" of NAT gateway "${nat.name}" is exported with SKU Standard.`,
      );
    }
    out.push({
      symbol: ipSymbol,
      sourceId: nat.id,
      label: isPrefix ? 'Public IP prefix' : 'Public IP address',
      displayName: ip.name,
      type,
      apiVersion: NETWORK_API_VERSION,
      name: prefixed(ip.name),
      location: nat.region,
      sku: obj({ name: str(sku), tier: str('Regional') }),
      properties: isPrefix
        ? obj({ prefixLength: num(ip.prefixLength ?? 31), publicIPAddressVersion: str('IPv4') })
        : obj({ publicIPAllocationMethod: str('Static'), publicIPAddressVersion: str('IPv4') }),
    });
  });
  out.push({
    symbol,
    sourceId: nat.id,
    label: kinds.natGateway.label.one,
    displayName: nat.name,
    type: kinds.natGateway.azureType,
    apiVersion: NETWORK_API_VERSION,
    name: prefixed(nat.name),
    location: nat.region,
    sku: obj({ name: str(nat.sku) }),
    properties: obj({
      publicIpAddresses: addresses.length ? arr(addresses) : undefined,
      publicIpPrefixes: prefixes.length ? arr(prefixes) : undefined,
    }),
  });
  return out;
}

function vnetResource(
  design: Design,
  vnet: VirtualNetwork,
  symbol: string,
  ref: Referencer,
): PlannedResource {
  const subnets = (indexDesign(design).subnetsByVnet.get(vnet.id) ?? []).map((s) =>
    obj({ name: str(s.name), properties: subnetProperties(s, ref) }),
  );
  return {
    symbol,
    sourceId: vnet.id,
    label: kinds.vnet.label.one,
    displayName: vnet.name,
    type: kinds.vnet.azureType,
    apiVersion: NETWORK_API_VERSION,
    name: prefixed(vnet.name),
    location: vnet.region,
    properties: obj({
      addressSpace: obj({ addressPrefixes: strs(vnet.addressPrefixes) }),
      dhcpOptions: vnet.dnsServers.length ? obj({ dnsServers: strs(vnet.dnsServers) }) : undefined,
      subnets: arr(subnets),
    }),
  };
}

/** One resource per direction that exists in the design, each a child of its local VNet. */
function peeringResources(
  design: Design,
  peering: Peering,
  ref: Referencer,
  symbols: SymbolTable,
): PlannedResource[] {
  const out: PlannedResource[] = [];
  const vnets = indexDesign(design).vnets;
  const directions: [PeeringLink | null, string, string, string][] = [
    [peering.aToB, peering.vnetAId, peering.vnetBId, 'a-to-b'],
    [peering.bToA, peering.vnetBId, peering.vnetAId, 'b-to-a'],
  ];
  for (const [link, localId, remoteId, suffix] of directions) {
    // a link on an existing VNet (the hub side of a new spoke) is a child of that VNet, declared `existing`
    const parent = ref.parentOf(localId);
    const local = vnets.get(localId);
    const remote = vnets.get(remoteId);
    if (!link || !parent || !local || !remote) continue;
    const remoteIdExpr = ref.idOf('vnet', remoteId, peering.id);
    if (!remoteIdExpr) continue;
    const name = link.name ?? `${local.name}-to-${remote.name}`;
    // the remote VNet of another scope may not exist yet on a first deployment (see crossScopePeerings)
    const crossScope =
      remoteIdExpr.k === 'id' && remoteIdExpr.target.scope !== undefined && !ref.isExisting(remoteId);
    out.push({
      symbol: symbols.claim('peering', `${peering.id}-${suffix}`),
      sourceId: peering.id,
      label: kinds.peering.label.one,
      displayName: name,
      type: kinds.peering.azureType,
      apiVersion: NETWORK_API_VERSION,
      parent,
      condition: crossScope ? param('crossScopePeerings') : undefined,
      name: str(resourceName(name)),
      properties: obj({
        remoteVirtualNetwork: obj({ id: remoteIdExpr }),
        allowVirtualNetworkAccess: bool(link.allowVirtualNetworkAccess),
        allowForwardedTraffic: bool(link.allowForwardedTraffic),
        allowGatewayTransit: bool(link.allowGatewayTransit),
        useRemoteGateways: bool(link.useRemoteGateways),
      }),
    });
  }
  return out;
}
