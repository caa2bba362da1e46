import { describe, expect, it } from 'vitest';
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createPolicy,
  createVnet,
} from '../../domain/model/factories';
import { computeUsage } from '../../domain/usage';
import {
  demandFormula,
  demandStatus,
  headroomText,
  meterValue,
  smallestPrefixText,
  usageTone,
} from './usage-format';
import { visibleVnets } from './visible-vnets';

function design(prefix: string, production: number, sandbox = 0) {
  const envs = [
    ...Array.from({ length: production }, (_, i) =>
      createEnvironment({ id: `p${i}`, type: 'Production', policyIds: ['pol'] }),
    ),
    ...Array.from({ length: sandbox }, (_, i) =>
      createEnvironment({ id: `s${i}`, type: 'Sandbox', policyIds: ['pol'] }),
    ),
  ];
  return createDesign({
    environments: envs,
    policies: [createPolicy({ id: 'pol', subnetIds: ['s'] })],
    vnets: [createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/16'] })],
    subnets: [createDelegatedSubnet({ id: 's', vnetId: 'v', prefix })],
  });
}

const subnetOf = (prefix: string, production: number, sandbox = 0) => {
  const s = computeUsage(design(prefix, production, sandbox)).subnets.get('s');
  if (!s?.demand) throw new Error('expected a delegated subnet with demand');
  return { subnet: s, demand: s.demand };
};

describe('usage tones and meters', () => {
  it('bands ratios at 75 % and 90 %, over 100 % and empty', () => {
    expect(usageTone(10, 100)).toBe('ok');
    expect(usageTone(75, 100)).toBe('warn');
    expect(usageTone(90, 100)).toBe('full');
    expect(usageTone(101, 100)).toBe('over');
    expect(usageTone(0, 0)).toBe('empty');
    expect(usageTone(5, 0)).toBe('over');
  });

  it('clamps the ARIA value but says the truth in the text', () => {
    const m = meterValue(189, 128);
    expect([m.now, m.max, m.width, m.tone]).toEqual([128, 128, 100, 'over']);
    expect(m.text).toBe('189 of 128 addresses (147.7 %), 61 over');
    expect(meterValue(512, 65536).text).toBe('512 of 65,536 addresses (0.8 %)');
  });
});

describe('demand sentences (Microsoft worked example: 4 production environments in a /25)', () => {
  it('fits with 3 addresses left, near full', () => {
    const { subnet, demand } = subnetOf('10.0.0.0/25', 4);
    expect(headroomText(demand)).toBe('3 addresses left');
    expect(demandStatus(demand)).toEqual({ label: 'Near full', tone: 'full' });
    expect(demandFormula(demand)).toBe('4 production × 30 + 5 reserved = 125');
    expect(smallestPrefixText(subnet, demand)).toBe('Smallest prefix that fits: /25.');
  });

  it('is too small with 6 production environments and names a /24', () => {
    const { subnet, demand } = subnetOf('10.0.0.0/25', 6);
    expect(headroomText(demand)).toBe('57 addresses short');
    expect(demandStatus(demand).label).toBe('Too small');
    expect(smallestPrefixText(subnet, demand)).toBe('Smallest prefix that fits: /24 (this subnet is a /25).');
  });

  it('20 sandbox environments in a /24: 205 (80.1 %) is filling up', () => {
    const { demand } = subnetOf('10.0.0.0/24', 0, 20);
    expect(demandStatus(demand)).toEqual({ label: 'Filling up', tone: 'warn' });
    expect(demandFormula(demand)).toBe('20 non-production × 10 + 5 reserved = 205');
  });
});
