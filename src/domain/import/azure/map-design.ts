/**
 * Azure resources → a design: VNets, subnets (delegations, NSG / route table / NAT attachments,
 * occupants), peerings with their flags per direction, NSGs, route tables, NAT gateways, private DNS
 * zones and links, firewalls and gateways, and NetworkInjection enterprise policies. What a design
 * can't hold is counted by type; what can't be known offline shows as a placeholder with a warning.
 */
import { createDesign } from '../../model/factories';
import {
  DELEGATION_ENTERPRISE_POLICIES,
  type Design,
  LIMITS,
  type Occupant,
  type Subnet,
  type VirtualNetwork,
} from '../../model/schema';
import { getProperty } from './arm/values';
import type { AzureResource, ImportWarning, SkippedResource, SkippedResources } from './azure-resource';
import { IMPORTED_TYPES, T } from './azure-types';
import { capDesign, fitToFormat } from './cap-design';
import { collectResources, indexResources } from './collect-resources';
import { MapContext } from './map-context';
import { mapPeerings, mapPolicies, mapPrivateDnsZones } from './map-links';
import { mapNatGateway, mapNsg, mapRouteTable, regionOf, scopeOf } from './map-network-objects';
import { addGatewaysAndFirewalls, addOccupants } from './map-occupants';
import { markExisting } from './mark-existing';
import { asArray, dig, readText, refId } from './read-fields';
import { idKey, parentId, parseResourceId } from './resource-id';

export interface MapResult {
  design: Design;
  warnings: ImportWarning[];
  skipped: SkippedResources[];
  /** Each skipped resource with its file and JSON path. */
  skippedResources: SkippedResource[];
  /** How many values could not be known offline (0 means nothing was lost). */
  placeholders: number;
}

export interface MapOptions {
  name?: string;
}

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
  /** VNets something refers to but no file describes: they exist in Azure. */
  const referencedVnets = new Set<string>();
  const vnetById = new Map<string, VirtualNetwork>();
  const addVnet = (r: AzureResource, stub = false) => {
    const id = ctx.allocateId('vnet', r.name);
    const p = r.properties;
    const sink = ctx.sink(r);
    const prefixes = asArray(dig(p, 'addressSpace', 'addressPrefixes')).map(
      (x, i) => readText(x, `properties.addressSpace.addressPrefixes[${i}]`, sink) ?? '',
    );
    const dns = asArray(dig(p, 'dhcpOptions', 'dnsServers')).map(
      (x, i) => readText(x, `properties.dhcpOptions.dnsServers[${i}]`, sink) ?? '',
    );
    if (r.existing && !stub)
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
    if (stub) referencedVnets.add(id);
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
    return addVnet(
      {
        id: vnetAzureId,
        type: 'Microsoft.Network/virtualNetworks',
        name: parsed.names[0] ?? 'vnet',
        properties: Object.create(null),
        existing: true,
        source: from.source,
      },
      true,
    );
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
      ctx.skip('Microsoft.Network/virtualNetworks/subnets', r);
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

  // Live output also lists, on each NAT gateway, route table and NSG, the subnets that use it.
  const backReference = (t: string, key: 'natGatewayId' | 'routeTableId' | 'nsgId') => {
    for (const r of ofType(t)) {
      const id = ids.get(idKey(r.id));
      for (const ref of asArray(getProperty(r.properties, 'subnets'))) {
        const subnetRef = refId(ref, 'properties.subnets', () => {});
        const subnet = subnetRef ? subnetById.get(idKey(subnetRef)) : undefined;
        if (id && subnet && subnet[key] === undefined) subnet[key] = id;
      }
    }
  };
  backReference(T.nat, 'natGatewayId');
  backReference(T.routeTable, 'routeTableId');
  backReference(T.nsg, 'nsgId');
  const placed = addOccupants(all, subnetById, ctx);
  const hub = addGatewaysAndFirewalls(all, subnetById, vnets, consumed, ctx, ensureVnet, ids);
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
    // Occupants that sit in no subnet of the design (a public load balancer, an endpoint elsewhere).
    if ((t === T.nic || t === T.loadBalancer || t === T.privateEndpoint) && !placed.has(idKey(r.id))) {
      ctx.skip(r.type, r);
      continue;
    }
    if (!IMPORTED_TYPES.has(t) || t === T.pip || t === T.pipPrefix) ctx.skip(r.type, r);
  }

  const design = markExisting(
    createDesign({
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
      ...hub,
    }),
    all,
    ids,
    referencedVnets,
  );
  return {
    design: fitToFormat(capDesign(design, ctx), ctx),
    warnings: ctx.warnings,
    skipped: ctx.skippedList(),
    skippedResources: ctx.skippedResources,
    placeholders: ctx.placeholders,
  };
}
