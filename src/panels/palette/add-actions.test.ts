import { describe, expect, it } from 'vitest';
import { createDesign, createPolicy, createVnet } from '../../domain/model/factories';
import { connect } from '../../domain/model/operations';
import type { Design } from '../../domain/model/schema';
import { directlyPeered } from '../../domain/rules/reach/reach.fixtures';
import { validateDesign } from '../../domain/rules/validate';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { variant } from '../../domain/testing/rule-fixture';
import { type AddResult, addNextFreeSubnet, addObject, addTwin, connectSelected } from './add-actions';

function ok(r: AddResult): Extract<AddResult, { ok: true }> {
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('palette add actions', () => {
  it('adds a VNet with a free address space and a region from the policy geography', () => {
    let d: Design = createDesign({ policies: [createPolicy({ id: 'p', location: 'uk' })] });
    const first = ok(addObject(d, ['p'], 'vnet'));
    d = first.design;
    expect(d.vnets[0]).toMatchObject({ region: 'uksouth', addressPrefixes: ['10.0.0.0/16'] });
    expect(first.select).toEqual([d.vnets[0]?.id]);
    expect(d.layout[d.vnets[0]?.id ?? '']).toBeDefined();
    // Wire a delegated subnet: the next VNet goes to the other region of the pair, in free space.
    d = ok(addObject(d, first.select, 'subnet')).design;
    const c = connect(d, 'p', d.subnets[0]?.id ?? '');
    if (!c.ok) throw new Error(c.reason);
    const second = ok(addObject(c.design, ['p'], 'vnet'));
    expect(second.design.vnets[1]).toMatchObject({ region: 'ukwest', addressPrefixes: ['10.1.0.0/16'] });
  });

  it('adds subnets inside the selected VNet at the next free prefix, below the others', () => {
    const d0 = whitepaperScenario1();
    const r = ok(addObject(d0, ['vnet1'], 'subnet'));
    const added = r.design.subnets.at(-1);
    expect(added).toMatchObject({ vnetId: 'vnet1', prefix: '10.10.2.0/24' });
    expect(r.design.layout[added?.id ?? '']?.y).toBeGreaterThan(160);
    const next = ok(addNextFreeSubnet(r.design, r.select));
    expect(next.design.subnets.at(-1)?.prefix).toBe('10.10.3.0/24');
  });

  it('refuses a subnet without a VNet, and resources without a subnet, with a reason', () => {
    const d = createDesign();
    const r = addObject(d, [], 'subnet');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/Select a VNet/);
    expect(addObject(d, [], 'resource:Sql').ok).toBe(false);
  });

  it('places a private resource in a subnet that is not delegated', () => {
    const r = ok(addObject(whitepaperScenario1(), ['vnet1'], 'resource:KeyVault'));
    expect(r.design.resources.at(-1)).toMatchObject({
      kind: 'KeyVault',
      placement: { type: 'subnet', subnetId: 'snet-data-wus' },
    });
  });

  it('adds environments, policies and DNS zones with unique names', () => {
    let d = whitepaperScenario1();
    d = ok(addObject(d, [], 'environment')).design;
    d = ok(addObject(d, [], 'environment')).design;
    const names = d.environments.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(d.environments.at(-1)?.geography).toBe('unitedstates');
    const zone = ok(addObject(d, [], 'dnsZone')).design.privateDnsZones.at(-1);
    expect(zone?.name).toBe('privatelink.blob.core.windows.net');
  });

  it('adds the failover twin of a policy with one subnet and explains refusals', () => {
    const refused = addTwin(whitepaperScenario1(), ['policy-us']);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/two subnets/);
    const d = whitepaperScenario1();
    const one = { ...d, policies: d.policies.map((p) => ({ ...p, subnetIds: ['snet-pp-wus'] })) };
    const r = ok(addTwin(one, ['snet-pp-wus']));
    expect(r.select).toHaveLength(2);
    expect(r.design.vnets.find((v) => v.id === r.select[0])?.region).toBe('eastus');
  });
});

describe('connect the selection', () => {
  it('connects two selected objects in either order and refuses other selections', () => {
    const base = whitepaperScenario1();
    const d = { ...base, privateDnsZones: base.privateDnsZones.map((z) => ({ ...z, vnetIds: ['vnet1'] })) };
    const r = ok(connectSelected(d, ['vnet2', 'dns-sql']));
    expect(r.design.privateDnsZones[0]?.vnetIds).toEqual(['vnet1', 'vnet2']);
    expect(r.message).toBe('Connected vnet2-eastus and privatelink.database.windows.net.');
    expect(connectSelected(d, ['vnet1']).ok).toBe(false);
    const refused = connectSelected(d, ['env-prod', 'vnet1']);
    expect(!refused.ok && refused.reason).toMatch(/environment connects to an enterprise policy/);
  });

  it('adds a DNS zone for the selected resource that clears REACH004: the resource points at it, it is linked', () => {
    const noZone = variant((d) => {
      d.privateDnsZones = [];
      delete d.resources[0]!.privateDnsZoneId;
    }, directlyPeered);
    const reach004 = (d: Design) => validateDesign(d).filter((f) => f.ruleId === 'REACH004');
    expect(reach004(noZone).length).toBeGreaterThan(0);
    expect(reach004(noZone)[0]?.message).toMatch(
      /add the private DNS zone privatelink.database.windows.net, choose it as sql-orders's private DNS zone and link the zone to/,
    );
    const r = ok(addObject(noZone, ['sql'], 'dnsZone'));
    const zone = r.design.privateDnsZones[0];
    expect(zone?.name).toBe('privatelink.database.windows.net');
    expect(r.design.resources[0]?.privateDnsZoneId).toBe(zone?.id);
    expect([...(zone?.vnetIds ?? [])].sort()).toEqual(['vnet-e', 'vnet-w']);
    expect(r.message).toMatch(/as sql-orders's private DNS zone and linked it to/);
    expect(reach004(r.design)).toEqual([]);
    // Without a resource selected, the zone stands alone.
    const alone = ok(addObject(noZone, [], 'dnsZone'));
    expect(alone.design.resources[0]?.privateDnsZoneId).toBeUndefined();
    expect(alone.design.privateDnsZones[0]?.vnetIds).toEqual([]);
  });
});

describe("adding a hub's own objects", () => {
  const hub = () =>
    createDesign({
      vnets: [
        createVnet({
          id: 'vnet-1',
          name: 'vnet-hub',
          region: 'westeurope',
          addressPrefixes: ['10.0.0.0/16'],
        }),
      ],
    });

  it('adds an Azure Firewall with its AzureFirewallSubnet in one step, the IP its .4 address', () => {
    const r = ok(addObject(hub(), ['vnet-1'], 'firewall'));
    const subnet = r.design.subnets.find((s) => s.name === 'AzureFirewallSubnet');
    expect(subnet).toMatchObject({ vnetId: 'vnet-1', prefix: '10.0.0.0/26' });
    expect(r.design.firewalls).toEqual([
      expect.objectContaining({
        vnetId: 'vnet-1',
        name: 'afw-hub-westeurope',
        kind: 'AzureFirewall',
        privateIp: '10.0.0.4',
      }),
    ]);
    expect(r.select).toEqual([r.design.firewalls[0]?.id]);
    expect(r.design.firewalls[0]?.id).toMatch(/^afw-/);
    expect(r.message).toBe('Added afw-hub-westeurope and its AzureFirewallSubnet (10.0.0.0/26) to vnet-hub.');
  });

  it('uses the subnet that is there, and adds a gateway and a Bastion host the same way', () => {
    let d = ok(addObject(hub(), ['vnet-1'], 'firewall')).design;
    const again = ok(addObject(d, ['vnet-1'], 'firewall'));
    expect(again.design.subnets.filter((s) => s.name === 'AzureFirewallSubnet')).toHaveLength(1);
    expect(again.design.firewalls[1]).toMatchObject({ name: 'afw-hub-westeurope-2', privateIp: '10.0.0.4' });
    expect(again.message).toBe('Added afw-hub-westeurope-2 to vnet-hub.');
    const gw = ok(addObject(d, ['vnet-1'], 'gateway'));
    expect(gw.design.subnets.find((s) => s.name === 'GatewaySubnet')?.prefix).toBe('10.0.0.64/27');
    expect(gw.design.gateways[0]).toMatchObject({
      name: 'vgw-hub-westeurope',
      type: 'Vpn',
      activeActive: false,
    });
    d = gw.design;
    const bas = ok(addObject(d, [d.subnets[0]?.id ?? ''], 'bastion'));
    expect(bas.design.subnets.find((s) => s.name === 'AzureBastionSubnet')?.prefix).toBe('10.0.0.128/26');
    expect(bas.design.bastions[0]).toMatchObject({ name: 'bas-hub-westeurope', vnetId: 'vnet-1' });
  });

  it('adds the object alone when the VNet has no room for its subnet (NET013 then says so)', () => {
    const full = createDesign({
      vnets: [
        createVnet({ id: 'v', name: 'vnet-small', region: 'eastus', addressPrefixes: ['10.9.0.0/28'] }),
      ],
    });
    const r = ok(addObject(full, ['v'], 'bastion'));
    expect(r.design.subnets).toEqual([]);
    expect(r.design.bastions).toHaveLength(1);
    expect(r.message).toBe(
      'Added bas-small-eastus to vnet-small. vnet-small has no AzureBastionSubnet and no free block for one.',
    );
  });

  it('takes the VNet of a selected hub object', () => {
    const two = createDesign({
      vnets: [
        createVnet({ id: 'a', name: 'vnet-a', addressPrefixes: ['10.0.0.0/16'] }),
        createVnet({ id: 'b', name: 'vnet-b', addressPrefixes: ['10.1.0.0/16'] }),
      ],
    });
    const fw = ok(addObject(two, ['b'], 'firewall'));
    const bas = ok(addObject(fw.design, fw.select, 'bastion'));
    expect(bas.design.bastions[0]?.vnetId).toBe('b');
  });

  it('asks for a VNet when the selection names none', () => {
    const two = createDesign({ vnets: [createVnet({ id: 'a' }), createVnet({ id: 'b' })] });
    expect(addObject(two, [], 'gateway')).toEqual({
      ok: false,
      reason: 'Select a VNet (or one of its subnets) first.',
    });
  });
});
