import { MAX_NAT_PUBLIC_IPS } from '../../catalog/limits';
import type { PublicIp } from '../../model/schema';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import type { Rule } from '../types';

/** Addresses a public IP resource brings: one, or the size of the prefix. */
function addressesOf(ip: PublicIp): number {
  return ip.kind === 'Address' ? 1 : 2 ** (32 - (ip.prefixLength ?? 31));
}

/** NAT003: 1–16 Standard (or StandardV2 for a StandardV2 NAT) public IPs, never Basic. */
export const nat003: Rule = {
  id: 'NAT003',
  severity: 'error',
  title: 'NAT gateway public IPs misconfigured',
  docs: DOCS.natGateway,
  check(design) {
    return design.natGateways.flatMap((nat) => {
      const problems: string[] = [];
      const total = nat.publicIps.reduce((n, ip) => n + addressesOf(ip), 0);
      if (nat.publicIps.length === 0)
        problems.push('has no public IP address or prefix: add a Standard static public IP');
      else if (total > MAX_NAT_PUBLIC_IPS)
        problems.push(
          `has ${total} public addresses, more than ${MAX_NAT_PUBLIC_IPS}: use fewer or smaller prefixes`,
        );
      const basic = nat.publicIps.filter((ip) => ip.sku === 'Basic');
      if (basic.length)
        problems.push(
          `uses Basic public IP ${listNames(basic.map((ip) => ip.name))}: use ${nat.sku} SKU public IPs`,
        );
      const mismatched = nat.publicIps.filter((ip) => ip.sku !== 'Basic' && ip.sku !== nat.sku);
      if (mismatched.length)
        problems.push(
          `is ${nat.sku} but ${listNames(mismatched.map((ip) => ip.name))} ${mismatched.length === 1 ? 'is' : 'are'} ${mismatched[0]?.sku}: match the public IPs' SKU to the NAT gateway`,
        );
      if (problems.length === 0) return [];
      return [finding(nat003, `NAT gateway ${nameOf(nat)} ${problems.join('; it ')}.`, [nat.id])];
    });
  },
};
