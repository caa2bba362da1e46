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

  it('refuses only the peering that overlaps an earlier one, not two disjoint blocks inside a later one', () => {
    const d = variant((d) => {
      d.vnets.push(
        createVnet({ id: 'hub', name: 'vnet-hub', addressPrefixes: ['10.9.0.0/16'] }),
        createVnet({ id: 'p', name: 'vnet-p', addressPrefixes: ['10.20.0.0/24'] }),
        createVnet({ id: 'q', name: 'vnet-q', addressPrefixes: ['10.20.1.0/24'] }),
        createVnet({ id: 'r', name: 'vnet-r', addressPrefixes: ['10.20.0.0/16'] }),
      );
      d.peerings.push(
        createPeering({ id: 'p-p', vnetAId: 'hub', vnetBId: 'p' }),
        createPeering({ id: 'p-q', vnetAId: 'hub', vnetBId: 'q' }),
        createPeering({ id: 'p-r', vnetAId: 'hub', vnetBId: 'r' }),
      );
    });
    expect(runRule(peer005, d).map((f) => f.objectIds)).toEqual([['p-r', 'hub', 'p', 'r']]);
  });

  it('stays linear for a hub with 5,000 spokes on one prefix, each peered twice', () => {
    const d = variant((d) => {
      d.vnets.push(createVnet({ id: 'hub', addressPrefixes: ['10.9.0.0/16'] }));
      for (let i = 0; i < 5000; i++) {
        d.vnets.push(createVnet({ id: `s${i}`, name: `vnet-s${i}`, addressPrefixes: ['10.20.0.0/16'] }));
        d.peerings.push(createPeering({ id: `p${i}`, vnetAId: 'hub', vnetBId: `s${i}` }));
        d.peerings.push(createPeering({ id: `p${i}-again`, vnetAId: `s${i}`, vnetBId: 'hub' }));
      }
    });
    const findings = runRule(peer005, d);
    // every spoke but the first is refused, once, and each names the first spoke as the earlier peer
    expect(findings).toHaveLength(4999);
    expect(new Set(findings.map((f) => f.objectIds[0])).size).toBe(4999);
    expect(findings.every((f) => f.objectIds[2] === 's0')).toBe(true);
  });
});
