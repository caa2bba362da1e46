/**
 * Round trip: a design exported as an ARM template and imported again gives back what the template holds
 * (names, regions, prefixes, DNS servers, delegations, attachments, NSG rules, routes, NAT public IPs,
 * peerings with their flags in each direction, policies with their subnets in order); ids may differ.
 * The exporter writes one resource group's objects; private DNS zones and private resources are not in
 * its ARM output, so they are not compared; nor are peerings of a VNet with itself (Azure refuses them; the
 * importer warns and leaves them out).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDesign } from '../../../export/export-design';
import type { Design, PeeringLink } from '../../../model/schema';
import { sampleDesigns } from '../../../samples';
import { coherentDesignArbitrary } from '../../../testing/coherent-design-arbitrary';
import { importAzureFiles } from '../import-azure-files';

function flags(l: PeeringLink | null) {
  return (
    l && [l.allowVirtualNetworkAccess, l.allowForwardedTraffic, l.allowGatewayTransit, l.useRemoteGateways]
  );
}

/** What an ARM round trip must keep, by name, for the objects of one resource group. */
function project(d: Design, inScope: (o: { subscriptionId?: string; resourceGroup?: string }) => boolean) {
  const byId = new Map<string, { name: string }>(
    [...d.vnets, ...d.subnets, ...d.nsgs, ...d.routeTables, ...d.natGateways].map((o) => [o.id, o]),
  );
  const name = (id: string | undefined) => (id ? byId.get(id)?.name : undefined);
  const vnets = d.vnets.filter(inScope);
  const vnetIds = new Set(vnets.map((v) => v.id));
  const sorted = <T>(list: T[]) => list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    vnets: sorted(
      vnets.map((v) => ({ name: v.name, region: v.region, prefixes: v.addressPrefixes, dns: v.dnsServers })),
    ),
    subnets: sorted(
      d.subnets
        .filter((s) => vnetIds.has(s.vnetId))
        .map((s) => ({
          vnet: name(s.vnetId),
          name: s.name,
          prefix: s.prefix,
          delegations: s.delegations,
          nsg: name(s.nsgId),
          routeTable: name(s.routeTableId),
          nat: name(s.natGatewayId),
        })),
    ),
    peerings: sorted(
      d.peerings
        .filter((p) => vnetIds.has(p.vnetAId) && vnetIds.has(p.vnetBId) && p.vnetAId !== p.vnetBId)
        .map((p) => {
          const [a, b] = [name(p.vnetAId) ?? '', name(p.vnetBId) ?? ''];
          return a < b
            ? { a, b, aToB: flags(p.aToB), bToA: flags(p.bToA) }
            : { a: b, b: a, aToB: flags(p.bToA), bToA: flags(p.aToB) };
        }),
    ),
    nsgs: sorted(
      d.nsgs
        .filter((n) => d.subnets.some((s) => s.nsgId === n.id && vnetIds.has(s.vnetId)))
        .map((n) => ({ name: n.name, rules: n.rules })),
    ),
    routeTables: sorted(
      d.routeTables
        .filter((t) => d.subnets.some((s) => s.routeTableId === t.id && vnetIds.has(s.vnetId)))
        .map((t) => ({ name: t.name, bgp: t.disableBgpRoutePropagation, routes: t.routes })),
    ),
    nats: sorted(
      d.natGateways
        .filter((n) => d.subnets.some((s) => s.natGatewayId === n.id && vnetIds.has(s.vnetId)))
        .map((n) => ({ name: n.name, sku: n.sku, ips: n.publicIps.map((p) => [p.name, p.kind, p.sku]) })),
    ),
    policies: sorted(
      d.policies
        .filter(inScope)
        .map((p) => ({ name: p.name, location: p.location, subnets: p.subnetIds.map(name) })),
    ),
  };
}

function roundTrip(design: Design) {
  const scope = design.policies[0] ?? design.vnets[0];
  if (!scope) return;
  const { subscriptionId, resourceGroup } = scope;
  const exported = exportDesign(design, { target: 'arm', scope: `${subscriptionId}/${resourceGroup}` });
  const imported = importAzureFiles([{ name: 'exported.json', text: exported.text }], {
    subscriptionId,
    resourceGroup,
  });
  expect(imported.ok).toBe(true);
  if (!imported.ok) return;
  expect(imported.placeholders).toBe(0);
  const here = (o: { subscriptionId?: string; resourceGroup?: string }) =>
    (o.subscriptionId ?? subscriptionId) === subscriptionId &&
    (o.resourceGroup ?? resourceGroup) === resourceGroup;
  expect(project(imported.design, here)).toEqual(project(design, here));
}

describe('export to ARM, then import', () => {
  for (const sample of sampleDesigns) {
    it(`gives back ${sample.key}`, () => roundTrip(sample.create()));
  }

  it('gives back generated designs', () => {
    // Azure holds one peering per pair of VNets (two are a validator finding, not an estate): such designs are left out.
    const onePeeringPerPair = (d: Design) =>
      new Set(d.peerings.map((p) => [p.vnetAId, p.vnetBId].sort().join('|'))).size === d.peerings.length;
    fc.assert(fc.property(coherentDesignArbitrary().filter(onePeeringPerPair), roundTrip), {
      numRuns: 40,
      seed: 14,
    });
  });
});
