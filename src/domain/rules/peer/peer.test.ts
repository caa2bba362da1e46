import { describe, expect, it } from 'vitest';
import { createGateway, createPeering, createPeeringLink, createVnet } from '../../model/factories';
import { checkFixtures } from '../../testing/check-fixtures';
import { variant } from '../../testing/rule-fixture';
import { runRule } from '../../testing/run-rule';
import { peerFixtures } from './peer.fixtures';
import { peer003 } from './peer003';

describe('peering rules', () => {
  checkFixtures(peerFixtures);

  it('flags useRemoteGateways on more than one peering of a VNet', () => {
    const design = variant((d) => {
      for (const hub of ['hub1', 'hub2']) {
        d.vnets.push(
          createVnet({
            id: hub,
            addressPrefixes: [hub === 'hub1' ? '10.8.0.0/16' : '10.9.0.0/16'],
          }),
        );
        d.gateways.push(createGateway({ id: `vgw-${hub}`, vnetId: hub }));
        d.peerings.push(
          createPeering({
            id: `p-${hub}`,
            vnetAId: 'vnet-e',
            vnetBId: hub,
            aToB: createPeeringLink({ useRemoteGateways: true }),
            bToA: createPeeringLink({ allowGatewayTransit: true }),
          }),
        );
      }
    });
    const findings = runRule(peer003, design);
    expect(findings.map((f) => f.objectIds)).toEqual([['vnet-e', 'p-hub1', 'p-hub2']]);
  });
});
