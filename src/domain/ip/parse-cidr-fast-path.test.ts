import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr } from './cidr';

describe('parseCidr fast path', () => {
  it('agrees with the arithmetic on every canonical a.b.c.d/n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 32 }),
        (octets, len) => {
          const text = `${octets.join('.')}/${len}`;
          const ip = octets.reduce((n, o) => n * 256 + o, 0);
          const size = 2 ** (32 - len);
          const r = parseCidr(text);
          if (ip % size === 0) expect(r).toEqual({ ok: true, cidr: { start: ip, prefixLength: len } });
          else expect(r).toMatchObject({ ok: false, code: 'host-bits' });
        },
      ),
    );
  });

  it('leaves unusual spellings to the full parser', () => {
    expect(parseCidr('010.0.0.0/8').ok).toBe(false);
    expect(parseCidr('256.0.0.0/8').ok).toBe(false);
    expect(parseCidr('10.0.0.0/33').ok).toBe(false);
    expect(parseCidr(' 10.0.0.0/8 ')).toEqual({ ok: true, cidr: { start: 0x0a000000, prefixLength: 8 } });
    expect(parseCidr('10.0.0.0/08')).toEqual({ ok: true, cidr: { start: 0x0a000000, prefixLength: 8 } });
    for (const bad of [
      '10.0.0.0/8x',
      '10.0.0/8',
      '1.2.3.4.5/8',
      '10.0.0.0/',
      '10.0.0.0/008',
      '1000.0.0.0/8',
      '10..0.0/8',
    ])
      expect(parseCidr(bad).ok, bad).toBe(false);
    expect(parseCidr('0.0.0.0/0')).toEqual({ ok: true, cidr: { start: 0, prefixLength: 0 } });
    expect(parseCidr('255.255.255.255/32')).toEqual({
      ok: true,
      cidr: { start: 2 ** 32 - 1, prefixLength: 32 },
    });
  });
});
