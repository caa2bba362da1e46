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
import type { Design } from '../../../model/schema';
import { sampleDesigns } from '../../../samples';
import { coherentDesignArbitrary } from '../../../testing/coherent-design-arbitrary';
import { importAzureFiles } from '../import-azure-files';
import { project } from './round-trip-projection';

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
