// Examples from https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-cidr
import { describe, expect, it } from 'vitest';
import { ev, evRaw, isPlaceholder } from './helpers';

describe('CIDR functions (Microsoft examples)', () => {
  it('parseCidr describes an IPv4 block', () => {
    expect(ev("parseCidr('10.144.0.0/20')")).toEqual({
      network: '10.144.0.0',
      netmask: '255.255.240.0',
      broadcast: '10.144.15.255',
      firstUsable: '10.144.0.1',
      lastUsable: '10.144.15.254',
      cidr: 20,
    });
  });

  it('cidrSubnet: the first five /24 of a /20', () => {
    expect(
      ev("map(range(0, 5), lambda('i', cidrSubnet('10.144.0.0/20', 24, lambdaVariables('i'))))"),
    ).toEqual(['10.144.0.0/24', '10.144.1.0/24', '10.144.2.0/24', '10.144.3.0/24', '10.144.4.0/24']);
  });

  it('cidrHost: the first five usable hosts of a /24', () => {
    expect(ev("map(range(0, 5), lambda('i', cidrHost('10.144.3.0/24', lambdaVariables('i'))))")).toEqual([
      '10.144.3.1',
      '10.144.3.2',
      '10.144.3.3',
      '10.144.3.4',
      '10.144.3.5',
    ]);
  });

  it('out-of-range requests and IPv6 blocks are placeholders with a warning', () => {
    for (const bad of [
      "cidrSubnet('10.0.0.0/24', 16, 0)",
      "cidrSubnet('10.0.0.0/24', 26, 4)",
      "cidrHost('10.0.0.0/30', 2)",
      "parseCidr('fdad:3236:5555::/48')",
      "parseCidr('nope')",
    ]) {
      const { value, warnings } = evRaw(bad);
      expect(isPlaceholder(value), bad).toBe(true);
      expect(warnings.length, bad).toBe(1);
    }
  });
});
