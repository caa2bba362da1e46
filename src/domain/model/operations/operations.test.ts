import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../../samples/whitepaper-scenario-1';
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createPolicy,
  createSubnet,
  createVnet,
} from '../factories';
import { checkReferences } from '../load';
import type { Design } from '../schema';
import {
  addFailoverTwin,
  classifyConnection,
  connect,
  copyEntities,
  disconnect,
  listConnections,
  pasteEntities,
  removeEntities,
  suggestSubnetPrefix,
  suggestVnetSpace,
  updateEntity,
} from '.';

function expectConsistent(design: Design) {
  expect(checkReferences(design)).toEqual([]);
}

describe('updateEntity', () => {
  it('returns the same design for an unknown id and a new one otherwise', () => {
    const d = whitepaperScenario1();
    expect(updateEntity(d, 'vnets', 'nope', { name: 'x' })).toBe(d);
    const next = updateEntity(d, 'vnets', 'vnet1', { name: 'vnet-hub' });
    expect(next.vnets[0]?.name).toBe('vnet-hub');
    expect(d.vnets[0]?.name).toBe('vnet1-westus');
  });
});

describe('removeEntities', () => {
  it('removes a VNet with its subnets, peerings and every reference to them', () => {
    const next = removeEntities(whitepaperScenario1(), ['vnet1']);
    expect(next.vnets.map((v) => v.id)).toEqual(['vnet2']);
    expect(next.subnets.map((s) => s.id)).toEqual(['snet-pp-eus']);
    expect(next.peerings).toEqual([]);
    expect(next.policies[0]?.subnetIds).toEqual(['snet-pp-eus']);
    expect(next.resources).toEqual([]);
    expect(next.environments[0]?.resourceIds).toEqual([]);
    expect(next.layout.vnet1).toBeUndefined();
    expectConsistent(next);
  });
});

describe('connect', () => {
  it('links an environment to a policy in either drag direction, once', () => {
    const d = createDesign({
      environments: [createEnvironment({ id: 'e' })],
      policies: [createPolicy({ id: 'p' })],
    });
    const r = connect(d, 'p', 'e');
    expect(r.ok && r.design.environments[0]?.policyIds).toEqual(['p']);
    expect(r.ok && connect(r.design, 'e', 'p')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already'),
    });
  });

  it('delegates an empty subnet when a policy is connected to it', () => {
    const d = createDesign({
      policies: [createPolicy({ id: 'p' })],
      vnets: [createVnet({ id: 'v' })],
      subnets: [createSubnet({ id: 's', vnetId: 'v' })],
    });
    const r = connect(d, 'p', 's');
    expect(r.ok && r.design.subnets[0]?.delegations).toEqual(['Microsoft.PowerPlatform/enterprisePolicies']);
  });

  it('refuses impossible connections with a reason', () => {
    const d = whitepaperScenario1();
    expect(classifyConnection(d, 'env-prod', 'vnet1')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('environment'),
    });
    expect(connect(d, 'vnet1', 'vnet1')).toMatchObject({ ok: false });
    expect(connect(d, 'vnet1', 'vnet2')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already peered'),
    });
  });

  it('disconnects every listed connection back to no connections', () => {
    let d = whitepaperScenario1();
    for (const c of listConnections(d)) d = disconnect(d, c);
    expect(listConnections(d)).toEqual([]);
    expectConsistent(d);
  });
});

describe('allocation', () => {
  it('suggests the next free subnet and a non-overlapping VNet space', () => {
    const d = whitepaperScenario1();
    expect(suggestSubnetPrefix(d, 'vnet1', 24)).toBe('10.10.2.0/24');
    expect(suggestVnetSpace(d, 16)).toBe('10.0.0.0/16');
  });
});

describe('addFailoverTwin', () => {
  const single = () =>
    createDesign({
      environments: [createEnvironment({ id: 'e', policyIds: ['p'] })],
      policies: [createPolicy({ id: 'p', subnetIds: ['s'] })],
      vnets: [
        createVnet({
          id: 'v',
          name: 'vnet-pp-eastus',
          region: 'eastus',
          addressPrefixes: ['10.1.0.0/16'],
          dnsServers: ['10.1.0.4'],
        }),
      ],
      subnets: [createDelegatedSubnet({ id: 's', vnetId: 'v', name: 'snet-pp', prefix: '10.1.2.0/25' })],
      layout: { v: { x: 0, y: 0, width: 300, height: 200 } },
    });

  it('creates the paired-region VNet with an equal-size delegated subnet wired as secondary', () => {
    const r = addFailoverTwin(single(), 'p');
    if (!r.ok) throw new Error(r.reason);
    const twin = r.design.vnets.find((v) => v.id === r.vnetId);
    expect(twin).toMatchObject({
      region: 'westus',
      name: 'vnet-pp-westus',
      dnsServers: ['10.1.0.4'],
      addressPrefixes: ['10.0.0.0/16'],
    });
    expect(r.design.subnets.find((s) => s.id === r.subnetId)).toMatchObject({
      prefix: '10.0.2.0/25',
      name: 'snet-pp',
    });
    expect(r.design.policies[0]?.subnetIds).toEqual(['s', r.subnetId]);
    expectConsistent(r.design);
  });

  it('refuses when there is nothing to twin', () => {
    expect(addFailoverTwin(whitepaperScenario1(), 'policy-us')).toMatchObject({ ok: false });
    const brazil = updateEntity(single(), 'policies', 'p', { location: 'brazil' });
    expect(addFailoverTwin(brazil, 'p')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('single region'),
    });
  });
});

describe('copy and paste', () => {
  it('pastes a VNet with its subnets under fresh ids, keeping internal references', () => {
    const d = whitepaperScenario1();
    const fragment = copyEntities(d, ['vnet2']);
    expect(fragment.subnets.map((s) => s.id)).toEqual(['snet-pp-eus']);
    const { design, ids } = pasteEntities(d, fragment);
    expect(ids).toHaveLength(2);
    const vnet = design.vnets.at(-1);
    const subnet = design.subnets.at(-1);
    expect(subnet?.vnetId).toBe(vnet?.id);
    expect(vnet?.id).not.toBe('vnet2');
    expect(design.layout[vnet?.id ?? '']).toMatchObject({ x: 640, y: 360 });
    expectConsistent(design);
  });
});
