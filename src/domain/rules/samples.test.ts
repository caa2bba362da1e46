import { describe, expect, it } from 'vitest';
import type { Design } from '../model/schema';
import { sampleDesigns } from '../samples';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { whitepaperScenario2 } from '../samples/whitepaper-scenario-2';
import { variant } from '../testing/rule-fixture';
import { validateDesign } from './validate';

const summary = (d: Design) => validateDesign(d).map((f) => `${f.ruleId} ${f.objectIds.join(',')}`);

describe("the white paper's sample scenarios", () => {
  for (const sample of sampleDesigns) {
    it(`${sample.key} as the paper configures it yields no finding`, () => {
      expect(validateDesign(sample.create())).toEqual([]);
    });
  }

  it('scenario 1 with one VNet for the paired United States geography: POL002', () => {
    const design = variant((d) => {
      d.policies[0]!.subnetIds = ['snet-pp-wus'];
    }, whitepaperScenario1());
    expect(summary(design)).toEqual(['POL002 policy-us,snet-pp-wus', 'SUB006 snet-pp-eus']);
    expect(validateDesign(design)[0]?.message).toContain('add one in East US');
  });

  it('scenario 1 with mismatched delegated subnet sizes: POL008', () => {
    const design = variant((d) => {
      d.subnets.find((s) => s.id === 'snet-pp-eus')!.prefix = '10.20.0.0/25';
    }, whitepaperScenario1());
    expect(summary(design)).toEqual(['POL008 snet-pp-eus,snet-pp-wus,policy-us']);
    expect(validateDesign(design)[0]?.message).toBe(
      'Subnet snet-powerplatform in vnet2-eastus is /25 but its twin snet-powerplatform in vnet1-westus is /24: make both the same size.',
    );
  });

  it('scenario 1 with a non-managed environment: ENV002', () => {
    const design = variant((d) => {
      d.environments[0]!.managed = false;
    }, whitepaperScenario1());
    expect(summary(design)).toEqual(['ENV002 env-prod,policy-us']);
  });

  it('scenario 2 with only one delegated VNet peered to the resource VNet: REACH002', () => {
    const design = variant((d) => {
      d.peerings = d.peerings.filter((p) => p.id !== 'peer-vnet1-vnet3');
    }, whitepaperScenario2());
    expect(summary(design)).toEqual([
      'REACH002 sql-inventory,env-prod,policy-us,vnet2,vnet3,vnet1,snet-data-cus',
    ]);
    expect(validateDesign(design)[0]?.message).toContain(
      'reachable from vnet2-westus but not from vnet3-eastus, so it is lost after failover: peer vnet3-eastus with vnet1-centralus',
    );
  });

  it('scenario 2 with neither delegated VNet peered: REACH001', () => {
    const design = variant((d) => {
      d.peerings = [];
    }, whitepaperScenario2());
    expect(summary(design).map((s) => s.split(' ')[0])).toEqual(['REACH001']);
  });
});
