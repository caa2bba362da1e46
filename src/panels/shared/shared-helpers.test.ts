import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, plural } from './format';
import { moveItem, removeAt, replaceAt } from './list-ops';
import { parseIntegerInput } from './parse-integer';
import { environmentGeographyValues, policyLocationOptions, regionOptionGroups } from './region-options';

describe('parseIntegerInput', () => {
  it('accepts whole numbers within bounds', () => {
    expect(parseIntegerInput(' 4096 ', 100, 4096)).toEqual({ ok: true, value: 4096 });
    expect(parseIntegerInput('0', 0, 10)).toEqual({ ok: true, value: 0 });
  });
  it.each(['', 'abc', '1.5', '1e3', '12a', 'NaN', 'Infinity', '0x10'])('refuses %j (never NaN)', (text) => {
    const r = parseIntegerInput(text, 0, 5000);
    expect(r.ok).toBe(false);
  });
  it('refuses out-of-range values with the bounds in the message', () => {
    const r = parseIntegerInput('99', 100, 4096);
    expect(r).toEqual({ ok: false, message: 'Enter a whole number from 100 to 4096.' });
  });
});

describe('list edits', () => {
  const list = ['a', 'b', 'c'];
  it('moves items within bounds and leaves the input untouched', () => {
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 2, -2)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 2, 1)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });
  it('replaces and removes by index', () => {
    expect(replaceAt(list, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(replaceAt(list, 5, 'x')).toEqual(list);
    expect(removeAt(list, 0)).toEqual(['b', 'c']);
  });
});

describe('region options', () => {
  const groups = regionOptionGroups();
  it('groups regions by geography with display names, each region once', () => {
    const us = groups.find((g) => g.label === 'United States');
    expect(us?.options.map((o) => o.value)).toEqual(['eastus', 'westus', 'centralus', 'eastus2']);
    expect(us?.options[0]?.label).toBe('East US (eastus)');
    const values = groups.flatMap((g) => g.options.map((o) => o.value));
    expect(new Set(values).size).toBe(values.length);
  });
  it('puts regions outside every geography last, under "Other regions"', () => {
    expect(groups.at(-1)?.label).toBe('Other regions');
    expect(groups.at(-1)?.options.map((o) => o.value)).toContain('westus2');
  });
  it('labels policy locations by geography and lists environment aliases', () => {
    expect(policyLocationOptions()).toContainEqual({ value: 'uk', label: 'United Kingdom (uk)' });
    expect(environmentGeographyValues()).toEqual(
      expect.arrayContaining(['unitedkingdom', 'uk', 'unitedstates']),
    );
  });
});

describe('formatting', () => {
  it('formats counts, percentages and plurals', () => {
    expect(formatCount(65536)).toBe('65,536');
    expect(formatPercent(80.1)).toBe('80.1 %');
    expect(formatPercent(97.65625)).toBe('97.7 %');
    expect(formatPercent(50)).toBe('50 %');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('∞ %');
    expect(plural(1, 'environment')).toBe('1 environment');
    expect(plural(3, 'environment')).toBe('3 environments');
  });
});
