// The block arithmetic behind ARM's CIDR functions:
// https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-cidr
import { describe, expect, it } from 'vitest';
import { cidrHostAddress, describeCidr, formatCidr, parseCidrLenient, subdivideCidr } from './cidr';
import { looksLikeIpv6 } from './cidr6';

const block = (text: string) => {
  const c = parseCidrLenient(text);
  if (!c) throw new Error(`not a block: ${text}`);
  return c;
};

describe('ARM CIDR arithmetic', () => {
  it('reads blocks with host bits as their network', () => {
    expect(formatCidr(block('10.144.3.7/20'))).toBe('10.144.0.0/20');
    expect(parseCidrLenient('10.0.0.0')).toBeUndefined();
    expect(parseCidrLenient('fd00::/8')).toBeUndefined();
    expect(looksLikeIpv6('fd00::/8')).toBe(true);
    expect(looksLikeIpv6('10.0.0.0/8')).toBe(false);
  });

  it('describes a block as parseCidr does, including /0, /31 and /32', () => {
    expect(describeCidr(block('10.144.0.0/20'))).toEqual({
      network: '10.144.0.0',
      netmask: '255.255.240.0',
      broadcast: '10.144.15.255',
      firstUsable: '10.144.0.1',
      lastUsable: '10.144.15.254',
      cidr: 20,
    });
    expect(describeCidr(block('0.0.0.0/0')).netmask).toBe('0.0.0.0');
    expect(describeCidr(block('10.0.0.0/31'))).toMatchObject({
      firstUsable: '10.0.0.0',
      lastUsable: '10.0.0.1',
    });
    expect(describeCidr(block('10.0.0.9/32'))).toMatchObject({
      netmask: '255.255.255.255',
      firstUsable: '10.0.0.9',
    });
  });

  it('subdivides a block by index and refuses what does not fit', () => {
    expect(formatCidr(subdivideCidr(block('10.144.0.0/20'), 24, 15)!)).toBe('10.144.15.0/24');
    expect(subdivideCidr(block('10.144.0.0/20'), 24, 16)).toBeUndefined();
    expect(subdivideCidr(block('10.144.0.0/20'), 19, 0)).toBeUndefined();
    expect(subdivideCidr(block('10.144.0.0/20'), 24, -1)).toBeUndefined();
    expect(formatCidr(subdivideCidr(block('10.0.0.0/8'), 8, 0)!)).toBe('10.0.0.0/8');
  });

  it('numbers usable hosts from the address after the network address', () => {
    expect(cidrHostAddress(block('10.144.3.0/24'), 0)).toBe('10.144.3.1');
    expect(cidrHostAddress(block('10.144.3.0/24'), 253)).toBe('10.144.3.254');
    expect(cidrHostAddress(block('10.144.3.0/24'), 254)).toBeUndefined();
    expect(cidrHostAddress(block('10.0.0.0/32'), 0)).toBe('10.0.0.0');
  });
});
