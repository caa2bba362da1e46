import { describe, expect, it } from 'vitest';
import { createPeering, createVnet } from '../../model/factories';
import { variant } from '../../testing/rule-fixture';
import { runRule } from '../../testing/run-rule';
import { peer005 } from './peer005';

describe('PEER005 peers that overlap each other', () => {
  it('reports the later peering once per hub, even with several overlapping prefixes', () => {
    const d = variant((d) => {
      d.vnets.push(
        createVnet({ id: 'hub', name: 'vnet-hub', addressPrefixes: ['10.9.0.0/16'] }),
        createVnet({ id: 'a', name: 'vnet-a', addressPrefixes: ['10.20.0.0/16', '10.21.0.0/16'] }),
        createVnet({ id: 'b', name: 'vnet-b', addressPrefixes: ['10.20.4.0/24', '10.21.4.0/24'] }),
        createVnet({ id: 'c', name: 'vnet-c', addressPrefixes: ['10.30.0.0/16'] }),
      );
      d.peerings.push(
        createPeering({ id: 'p-a', vnetAId: 'hub', vnetBId: 'a' }),
        createPeering({ id: 'p-c', vnetAId: 'c', vnetBId: 'hub' }),
        createPeering({ id: 'p-b', vnetAId: 'b', vnetBId: 'hub' }),
      );
    });
    const findings = runRule(peer005, d);
    expect(findings.map((f) => f.objectIds)).toEqual([['p-b', 'hub', 'a', 'b']]);
  });

  it('says nothing when the spokes are disjoint', () => {
    const d = variant((d) => {
      d.vnets.push(createVnet({ id: 'hub', addressPrefixes: ['10.9.0.0/16'] }));
      d.peerings.push(
        createPeering({ id: 'p-e', vnetAId: 'hub', vnetBId: 'vnet-e' }),
        createPeering({ id: 'p-w', vnetAId: 'hub', vnetBId: 'vnet-w' }),
      );
    });
    expect(runRule(peer005, d)).toEqual([]);
  });
});
