import { describe, expect, it } from 'vitest';
import {
  createDesign,
  createNatGateway,
  createNsg,
  createPeering,
  createPolicy,
  createPrivateDnsZone,
  createResource,
  createRouteTable,
  createSubnet,
  createVnet,
} from './factories';
import { parseDesignJson } from './load';
import { serializeDesign } from './serialize-design';

/** A design in which every kind of object that can exist in Azure is marked existing. */
function allExisting() {
  return createDesign({
    vnets: [
      createVnet({ id: 'hub', name: 'hub', existing: true }),
      createVnet({ id: 'spoke', name: 'spoke' }),
    ],
    subnets: [createSubnet({ id: 'hub-s', vnetId: 'hub', existing: true })],
    peerings: [createPeering({ id: 'p', vnetAId: 'hub', vnetBId: 'spoke', existing: true })],
    natGateways: [
      createNatGateway({
        id: 'nat',
        existing: true,
        publicIps: [{ name: 'pip', kind: 'Address', sku: 'Standard', existing: true }],
      }),
    ],
    nsgs: [createNsg({ id: 'nsg', existing: true })],
    routeTables: [createRouteTable({ id: 'rt', existing: true })],
    policies: [createPolicy({ id: 'pol', existing: true })],
    resources: [
      createResource({
        id: 'sql',
        placement: { type: 'subnet', subnetId: 'hub-s', privateEndpoint: true },
        existing: true,
      }),
    ],
    privateDnsZones: [createPrivateDnsZone({ id: 'zone', existing: true })],
  });
}

describe('the existing flag in design files', () => {
  it('loads and writes existing: true on every kind of Azure object', () => {
    const design = allExisting();
    const text = serializeDesign(design);
    expect(text.match(/"existing": true/g)).toHaveLength(10);
    const r = parseDesignJson(text);
    expect(r).toEqual({ ok: true, design });
  });

  it('never writes existing: false, and reads it back as new', () => {
    const design = createDesign({
      vnets: [createVnet({ id: 'v', existing: false })],
      subnets: [createSubnet({ id: 's', vnetId: 'v', existing: false })],
    });
    const text = serializeDesign(design);
    expect(text).not.toContain('existing');
    const r = parseDesignJson(text);
    expect(r.ok && r.design.vnets[0]?.existing).toBeUndefined();
  });

  it('accepts existing: false in a hand-written file', () => {
    const design = createDesign({ vnets: [createVnet({ id: 'v', existing: false })] });
    const r = parseDesignJson(JSON.stringify(design));
    expect(r.ok && r.design.vnets[0]?.existing).toBe(false);
  });

  it('rejects an existing flag that is not a boolean, with its path', () => {
    const design = createDesign({ vnets: [createVnet({ id: 'v' })] });
    const raw = JSON.parse(JSON.stringify(design));
    raw.vnets[0].existing = 'yes';
    const r = parseDesignJson(JSON.stringify(raw));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.path).toBe('$.vnets[0].existing');
  });
});
