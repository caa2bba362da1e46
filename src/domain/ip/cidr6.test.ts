import { describe, expect, it } from 'vitest';
import {
  cidr6Contains,
  cidr6Overlaps,
  cidr6Size,
  formatCidr6,
  parseCidr6,
  prefixFamily,
  tryParseCidr6,
} from './cidr6';

const p = (text: string) => {
  const c = tryParseCidr6(text);
  if (!c) throw new Error(`${text} should parse`);
  return c;
};

describe('parseCidr6 (dual-stack VNets)', () => {
  it('accepts network addresses in any IPv6 spelling and prints them compressed', () => {
    expect(formatCidr6(p('2001:db8:0:1::/64'))).toBe('2001:db8:0:1::/64');
    expect(formatCidr6(p('2001:0db8:0000:0001:0000:0000:0000:0000/64'))).toBe('2001:db8:0:1::/64');
    expect(formatCidr6(p(' fd00::/8 '))).toBe('fd00::/8');
    expect(formatCidr6(p('::/0'))).toBe('::/0');
  });

  it('names the network address when host bits are set', () => {
    const r = parseCidr6('2001:db8::1/64');
    expect(r).toMatchObject({ ok: false, code: 'host-bits', suggestion: '2001:db8::/64' });
  });

  it('refuses IPv4, missing or out-of-range lengths, zone indexes and junk, with a typed code', () => {
    expect(parseCidr6('10.0.0.0/24')).toMatchObject({ ok: false, code: 'syntax' });
    expect(parseCidr6('2001:db8::')).toMatchObject({
      ok: false,
      code: 'syntax',
      suggestion: '2001:db8::/64',
    });
    expect(parseCidr6('2001:db8::/129')).toMatchObject({ ok: false, code: 'prefix-length' });
    expect(parseCidr6('2001:db8::/-1')).toMatchObject({ ok: false, code: 'prefix-length' });
    expect(parseCidr6('fe80::%eth0/64')).toMatchObject({ ok: false });
    expect(parseCidr6('')).toMatchObject({ ok: false, code: 'empty' });
    expect(parseCidr6('gggg::/64')).toMatchObject({ ok: false, code: 'syntax' });
  });

  it('sizes, contains and overlaps with 128-bit arithmetic', () => {
    expect(cidr6Size(p('2001:db8::/64'))).toBe(2n ** 64n);
    expect(cidr6Contains(p('2001:db8::/48'), p('2001:db8:0:ffff::/64'))).toBe(true);
    expect(cidr6Contains(p('2001:db8::/48'), p('2001:db8:1::/64'))).toBe(false);
    expect(cidr6Contains(p('2001:db8::/64'), p('2001:db8::/48'))).toBe(false);
    expect(cidr6Overlaps(p('2001:db8::/48'), p('2001:db8:0:5::/64'))).toBe(true);
    expect(cidr6Overlaps(p('2001:db8::/64'), p('2001:db8:0:1::/64'))).toBe(false);
  });

  it('tells the families apart', () => {
    expect(prefixFamily('10.0.0.0/16')).toBe('ipv4');
    expect(prefixFamily('fd00:db8::/48')).toBe('ipv6');
    expect(prefixFamily('fd00:db8::1/48')).toBe('invalid');
    expect(prefixFamily('10.0.0.1/16')).toBe('invalid');
  });
});
