/**
 * Azure resources → a design: VNets, subnets (delegations, NSG / route table / NAT attachments,
 * occupants), peerings with their flags per direction, NSGs, route tables, NAT gateways, private DNS
 * zones and links, firewalls and gateways, and NetworkInjection enterprise policies. What a design
 * can't hold is counted by type; what can't be known offline shows as a placeholder with a warning.
 */
import { firstUsable, tryParseCidr } from '../../ip/cidr';
import { createDesign } from '../../model/factories';
import {
  DELEGATION_ENTERPRISE_POLICIES,
  type Design,
  LIMITS,
  type Occupant,
  type Subnet,
  type VirtualNetwork,
} from '../../model/schema';
import { getProperty, isArmObject } from './arm/values';
import type { AzureResource, ImportWarning, SkippedResources } from './azure-resource';
import { collectResources, indexResources } from './collect-resources';
import { MapContext } from './map-context';
import { mapPeerings, mapPolicies, mapPrivateDnsZones } from './map-links';
import { mapNatGateway, mapNsg, mapRouteTable, regionOf, scopeOf } from './map-network-objects';
import { asArray, dig, readText, refId } from './read-fields';
import { idKey, parentId, parseResourceId } from './resource-id';

export interface MapResult {
  design: Design;
  warnings: ImportWarning[];
  skipped: SkippedResources[];
  /** How many values could not be known offline (0 means nothing was lost). */
  placeholders: number;
}

export interface MapOptions {
  name?: string;
}

const T = {
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
  policy: 'microsoft.powerplatform/enterprisepolicies',
  deployment: 'microsoft.resources/deployments',
} as const;

export const IMPORTED_TYPES: ReadonlySet<string> = new Set(Object.values(T));

export type DesignIds = Map<string, string>;

/** Turns resources from any number of files into one design. Never throws on odd input. */
export function mapResourcesToDesign(
  resources: readonly AzureResource[],
  options: MapOptions = {},
): MapResult {
  const ctx = new MapContext();
  const all = collectResources(resources);
  const { byId, childrenOf } = indexResources(all);
  const ofType = (t: string) => all.filter((r) => r.type.toLowerCase() === t);
  const childrenOfType = (r: AzureResource, t: string) =>
    (childrenOf.get(idKey(r.id)) ?? []).filter((c) => c.type.toLowerCase() === t);
  const consumed = new Set<string>();
  /** Azure id key → design id. */
  const ids: DesignIds = new Map();

  const nsgs = ofType(T.nsg).map((r) => {
    const id = ctx.allocateId('nsg', r.name);
    ids.set(idKey(r.id), id);
    return mapNsg(r, childrenOfType(r, T.rule), id, ctx);
  });
  const routeTables = ofType(T.routeTable).map((r) => {
    const id = ctx.allocateId('rt', r.name);
    ids.set(idKey(r.id), id);
    return mapRouteTable(r, childrenOfType(r, T.route), id, ctx);
  });
  const natGateways = ofType(T.nat).map((r) => {
    const id = ctx.allocateId('nat', r.name);
    ids.set(idKey(r.id), id);
    return mapNatGateway(r, id, byId, consumed, ctx);
  });

  const vnets: VirtualNetwork[] = [];
  const vnetById = new Map<string, VirtualNetwork>();
  const addVnet = (r: AzureResource) => {
    const id = ctx.allocateId('vnet', r.name);
    const p = r.properties;
    const sink = ctx.sink(r);
    const prefixes = asArray(dig(p, 'addressSpace', 'addressPrefixes')).map(
      (x, i) => readText(x, `properties.addressSpace.addressPrefixes[${i}]`, sink) ?? '',
    );
    const dns = asArray(dig(p, 'dhcpOptions', 'dnsServers')).map(
      (x, i) => readText(x, `properties.dhcpOptions.dnsServers[${i}]`, sink) ?? '',
    );
    if (r.existing)
      ctx.warn(r, `the VNet "${r.name}" exists in Azure but its address space is not in these files.`);
    const scope = scopeOf(r);
    const vnet: VirtualNetwork = {
      id,
      name: r.name.slice(0, 200),
      region: r.existing && r.location === undefined ? '' : regionOf(r, ctx),
      subscriptionId: scope.subscriptionId ?? '',
      resourceGroup: scope.resourceGroup ?? '',
      addressPrefixes: prefixes,
      dnsServers: dns,
    };
    vnets.push(vnet);
    vnetById.set(idKey(r.id), vnet);
    ids.set(idKey(r.id), id);
    return vnet;
  };
  for (const r of ofType(T.vnet)) addVnet(r);

  /** A VNet that a subnet, peering or link refers to but no file describes: kept, marked by a warning. */
  const ensureVnet = (vnetAzureId: string, from: AzureResource): VirtualNetwork | undefined => {
    const known = vnetById.get(idKey(vnetAzureId));
    if (known) return known;
    const parsed = parseResourceId(vnetAzureId);
    if (!parsed || parsed.type.toLowerCase() !== T.vnet) return undefined;
    ctx.warn(
      from,
      `"${from.name}" refers to the VNet ${vnetAzureId}, which these files don't describe; it was added without an address space.`,
    );
    return addVnet({
      id: vnetAzureId,
      type: 'Microsoft.Network/virtualNetworks',
      name: parsed.names[0] ?? 'vnet',
      properties: Object.create(null),
      existing: false,
      source: from.source,
    });
  };

  const subnets: Subnet[] = [];
  const subnetById = new Map<string, Subnet>();
  const attach = (
    r: AzureResource,
    key: 'networkSecurityGroup' | 'routeTable' | 'natGateway',
    what: string,
  ) => {
    const ref = refId(getProperty(r.properties, key), `properties.${key}`, ctx.sink(r));
    if (!ref) return undefined;
    const id = ids.get(idKey(ref));
    if (!id)
      ctx.warn(
        r,
        `the subnet "${r.name}" uses the ${what} ${ref}, which these files don't describe; the attachment was left out.`,
        `properties.${key}`,
      );
    return id;
  };
  for (const r of ofType(T.subnet)) {
    const vnet = ensureVnet(parentId(r.id), r);
    if (!vnet) {
      ctx.warn(r, `the subnet "${r.name}" has no VNet id that can be read; it was not imported.`);
      ctx.skip('Microsoft.Network/virtualNetworks/subnets');
      continue;
    }
    const p = r.properties;
    const sink = ctx.sink(r);
    let prefix = readText(getProperty(p, 'addressPrefix'), 'properties.addressPrefix', sink);
    const many = getProperty(p, 'addressPrefixes');
    if (prefix === undefined && Array.isArray(many)) {
      prefix = readText(many[0], 'properties.addressPrefixes[0]', sink);
      if (many.length > 1)
        ctx.warn(
          r,
          `the subnet "${r.name}" has ${many.length} address prefixes; the design keeps the first.`,
          'properties.addressPrefixes',
        );
    }
    // PowerShell prints AddressPrefix as an array.
    const single = getProperty(p, 'addressPrefix');
    if (Array.isArray(single)) prefix = readText(single[0], 'properties.addressPrefix[0]', sink);
    if (prefix === undefined && !r.existing)
      ctx.warn(r, `the subnet "${r.name}" has no address prefix.`, 'properties.addressPrefix');
    const delegations = asArray(getProperty(p, 'delegations'))
      .map((d, i) =>
        readText(
          dig(d, 'properties', 'serviceName') ?? dig(d, 'serviceName'),
          `properties.delegations[${i}].properties.serviceName`,
          sink,
          200,
        ),
      )
      .filter((x): x is string => x !== undefined)
      .map((s) =>
        s.toLowerCase() === DELEGATION_ENTERPRISE_POLICIES.toLowerCase() ? DELEGATION_ENTERPRISE_POLICIES : s,
      );
    const nsgId = attach(r, 'networkSecurityGroup', 'NSG');
    const routeTableId = attach(r, 'routeTable', 'route table');
    const natGatewayId = attach(r, 'natGateway', 'NAT gateway');
    const subnet: Subnet = {
      id: ctx.allocateId('snet', `${vnet.name}-${r.name}`),
      vnetId: vnet.id,
      name: r.name.slice(0, 200),
      prefix: prefix ?? '',
      delegations,
      ...(natGatewayId ? { natGatewayId } : {}),
      ...(nsgId ? { nsgId } : {}),
      ...(routeTableId ? { routeTableId } : {}),
      occupants: [],
    };
    subnets.push(subnet);
    subnetById.set(idKey(r.id), subnet);
    ids.set(idKey(r.id), subnet.id);
  }

  addOccupants(all, subnetById, ctx);
  addGatewaysAndFirewalls(all, subnetById, vnets, consumed, ctx);
  const peerings = mapPeerings(ofType(T.peering), ensureVnet, ctx);
  const privateDnsZones = mapPrivateDnsZones(
    ofType(T.dnsZone),
    (r) => childrenOfType(r, T.dnsLink),
    ensureVnet,
    ctx,
  );
  const policies = mapPolicies(ofType(T.policy), subnetById, ctx);

  for (const r of all) {
    const t = r.type.toLowerCase();
    if (t === T.deployment) continue;
    if ((t === T.pip || t === T.pipPrefix) && consumed.has(idKey(r.id))) continue;
    if (t === T.policy) continue; // counted by mapPolicies when not NetworkInjection
    if (!IMPORTED_TYPES.has(t) || t === T.pip || t === T.pipPrefix) ctx.skip(r.type);
  }

  const design = createDesign({
    id: 'imported',
    name: (options.name ?? 'Imported network').slice(0, 200),
    vnets,
    subnets,
    peerings,
    natGateways,
    nsgs,
    routeTables,
    privateDnsZones,
    policies,
  });
  return {
    design: capDesign(design, ctx),
    warnings: ctx.warnings,
    skipped: ctx.skippedList(),
    placeholders: ctx.placeholders,
  };
}

/** Occupants: private endpoints, network interfaces (VMs) and internal load balancer frontends. */
function addOccupants(
  all: readonly AzureResource[],
  subnetById: ReadonlyMap<string, Subnet>,
  ctx: MapContext,
): void {
  const place = (r: AzureResource, subnetRef: unknown, field: string, occupant: Occupant) => {
    const ref = refId(subnetRef as never, field, ctx.sink(r));
    if (!ref) return;
    const subnet = subnetById.get(idKey(ref));
    if (!subnet) {
      ctx.warn(r, `"${r.name}" sits in the subnet ${ref}, which these files don't describe.`, field);
      return;
    }
    const same = subnet.occupants.find((o) => o.kind === occupant.kind && o.name === occupant.name);
    if (same) same.count += occupant.count;
    else subnet.occupants.push(occupant);
  };
  for (const r of all) {
    const t = r.type.toLowerCase();
    const name = r.name.slice(0, 200);
    if (t === T.privateEndpoint) {
      place(r, getProperty(r.properties, 'subnet'), 'properties.subnet', {
        kind: 'PrivateEndpoint',
        name,
        count: 1,
      });
    } else if (t === T.nic) {
      asArray(getProperty(r.properties, 'ipConfigurations')).forEach((c, i) => {
        place(
          r,
          dig(c, 'properties', 'subnet') ?? dig(c, 'subnet'),
          `properties.ipConfigurations[${i}].properties.subnet`,
          { kind: 'VirtualMachine', name, count: 1 },
        );
      });
    } else if (t === T.loadBalancer) {
      asArray(getProperty(r.properties, 'frontendIPConfigurations')).forEach((c, i) => {
        const subnet = dig(c, 'properties', 'subnet') ?? dig(c, 'subnet');
        if (subnet !== undefined)
          place(r, subnet, `properties.frontendIPConfigurations[${i}].properties.subnet`, {
            kind: 'LoadBalancer',
            name,
            count: 1,
          });
      });
    }
  }
}

/**
 * Gateways and Azure Firewalls mark their VNet. A firewall's private IP is Azure's first host of
 * AzureFirewallSubnet (.4) when the file doesn't say it.
 * https://learn.microsoft.com/azure/firewall/firewall-faq#does-the-firewall-subnet-size-need-to-change-as-the-service-scales
 */
function addGatewaysAndFirewalls(
  all: readonly AzureResource[],
  subnetById: ReadonlyMap<string, Subnet>,
  vnets: readonly VirtualNetwork[],
  consumed: Set<string>,
  ctx: MapContext,
): void {
  const vnetOfSubnet = (subnet: Subnet | undefined) => vnets.find((v) => v.id === subnet?.vnetId);
  for (const r of all) {
    const t = r.type.toLowerCase();
    if (t !== T.gateway && t !== T.firewall) continue;
    const configs = asArray(getProperty(r.properties, 'ipConfigurations'));
    for (const c of configs) {
      const pip = refId(
        dig(c, 'properties', 'publicIPAddress') ?? dig(c, 'publicIPAddress'),
        'publicIPAddress',
        () => {},
      );
      if (pip) consumed.add(idKey(pip));
    }
    const first = configs[0];
    const subnetRef = refId(
      dig(first, 'properties', 'subnet') ?? dig(first, 'subnet'),
      'properties.ipConfigurations[0].properties.subnet',
      ctx.sink(r),
    );
    const subnet = subnetRef ? subnetById.get(idKey(subnetRef)) : undefined;
    const vnet = vnetOfSubnet(subnet);
    if (!vnet || !subnet) {
      ctx.warn(r, `"${r.name}" is in no subnet these files describe; it was not imported.`);
      ctx.skip(r.type);
      continue;
    }
    if (t === T.gateway) {
      const kind =
        String(getProperty(r.properties, 'gatewayType') ?? 'Vpn').toLowerCase() === 'expressroute'
          ? 'ExpressRoute'
          : 'Vpn';
      vnet.gateway = kind;
      subnet.occupants.push({ kind: 'Gateway', name: r.name.slice(0, 200), count: configs.length || 1 });
    } else {
      const known =
        dig(first, 'properties', 'privateIPAddress') ??
        dig(first, 'privateIPAddress') ??
        dig(r.properties, 'hubIPAddresses', 'privateIPAddress');
      vnet.firewall = {
        kind: 'AzureFirewall',
        privateIp: typeof known === 'string' ? known : firstHost(subnet.prefix),
      };
      subnet.occupants.push({ kind: 'Other', name: r.name.slice(0, 200), count: 1 });
    }
  }
}

function firstHost(prefix: string): string {
  const c = tryParseCidr(prefix);
  return c ? (firstUsable(c) ?? '') : '';
}

/** Keeps the design inside the format's caps (a design is at most 20,000 objects, 5,000 per list). */
function capDesign(design: Design, ctx: MapContext): Design {
  let over = false;
  const cap = <T>(list: T[]): T[] => {
    if (list.length <= LIMITS.listItems) return list;
    over = true;
    return list.slice(0, LIMITS.listItems);
  };
  const out: Design = {
    ...design,
    vnets: cap(design.vnets),
    subnets: cap(design.subnets),
    peerings: cap(design.peerings),
    natGateways: cap(design.natGateways),
    nsgs: cap(design.nsgs),
    routeTables: cap(design.routeTables),
    privateDnsZones: cap(design.privateDnsZones),
    policies: cap(design.policies),
  };
  if (!over) return out;
  ctx.warnings.push({
    file: '',
    path: '$',
    message: `More than ${LIMITS.listItems} objects of one kind: the design keeps the first ${LIMITS.listItems}.`,
  });
  return pruneDangling(out);
}

/** Drops references to objects that were left out, so that the design stays loadable. */
function pruneDangling(design: Design): Design {
  const has = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const vnetIds = has(design.vnets);
  const nsgIds = has(design.nsgs);
  const rtIds = has(design.routeTables);
  const natIds = has(design.natGateways);
  const subnets = design.subnets
    .filter((s) => vnetIds.has(s.vnetId))
    .map((s) => {
      const out = { ...s };
      if (out.nsgId && !nsgIds.has(out.nsgId)) delete out.nsgId;
      if (out.routeTableId && !rtIds.has(out.routeTableId)) delete out.routeTableId;
      if (out.natGatewayId && !natIds.has(out.natGatewayId)) delete out.natGatewayId;
      return out;
    });
  const subnetIds = has(subnets);
  return {
    ...design,
    subnets,
    peerings: design.peerings.filter((p) => vnetIds.has(p.vnetAId) && vnetIds.has(p.vnetBId)),
    privateDnsZones: design.privateDnsZones.map((z) => ({
      ...z,
      vnetIds: z.vnetIds.filter((v) => vnetIds.has(v)),
    })),
    policies: design.policies.map((p) => ({ ...p, subnetIds: p.subnetIds.filter((s) => subnetIds.has(s)) })),
  };
}

export { isArmObject };
