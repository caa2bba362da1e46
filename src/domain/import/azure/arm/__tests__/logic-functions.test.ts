// Examples from https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-comparison,
// https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-logical and
// https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-numeric
import { describe, expect, it } from 'vitest';
import { ev, evRaw, isPlaceholder } from './helpers';

describe('comparison functions (Microsoft examples)', () => {
  it('coalesce returns the first value that is not null', () => {
    const o = {
      null1: null,
      null2: null,
      string: 'default',
      int: 1,
      object: { first: 'default' },
      array: [1],
    };
    expect(ev("coalesce(parameters('o').null1, parameters('o').null2, parameters('o').string)", { o })).toBe(
      'default',
    );
    expect(ev("coalesce(parameters('o').null1, parameters('o').null2, parameters('o').int)", { o })).toBe(1);
    expect(ev("coalesce(parameters('o').null1, parameters('o').null2)", { o })).toBeNull();
  });

  it('equals compares values deeply', () => {
    expect(ev('equals(1, 1)')).toBe(true);
    expect(ev("equals('a', 'a')")).toBe(true);
    expect(ev("equals(createArray('a','b'), createArray('a','b'))")).toBe(true);
    expect(ev("equals(parameters('x'), parameters('y'))", { x: { a: 'b' }, y: { a: 'b' } })).toBe(true);
    expect(ev('not(equals(1, 2))')).toBe(true);
  });

  it('greater, greaterOrEquals, less, lessOrEquals on integers and strings', () => {
    expect(ev('greater(10, 5)')).toBe(true);
    expect(ev("greater('A', 'a')")).toBe(false);
    expect(ev('greaterOrEquals(10, 10)')).toBe(true);
    expect(ev("greaterOrEquals('A', 'a')")).toBe(false);
    expect(ev('less(10, 5)')).toBe(false);
    expect(ev("less('A', 'a')")).toBe(true);
    expect(ev('lessOrEquals(10, 5)')).toBe(false);
    expect(ev("lessOrEquals('A', 'a')")).toBe(true);
  });
});

describe('logical functions (Microsoft examples)', () => {
  it('and, or, not', () => {
    expect(ev('and(bool(1), bool(0))')).toBe(false);
    expect(ev('or(bool(1), bool(0))')).toBe(true);
    expect(ev('not(bool(1))')).toBe(false);
  });

  it('bool converts strings and integers', () => {
    expect(ev("bool('true')")).toBe(true);
    expect(ev("bool('false')")).toBe(false);
    expect(ev('bool(1)')).toBe(true);
    expect(ev('bool(0)')).toBe(false);
  });

  it('if returns one branch and evaluates only that one', () => {
    expect(ev("if(equals('a', 'a'), 'yes', 'no')")).toBe('yes');
    expect(ev("if(equals('a', 'b'), 'yes', 'no')")).toBe('no');
    // The false branch would fail (no such parameter): ARM skips it, so must we.
    const { value, warnings } = evRaw("if(true(), 'ok', parameters('missing'))");
    expect(value).toBe('ok');
    expect(warnings).toEqual([]);
  });

  it('true and false', () => {
    expect(ev('true()')).toBe(true);
    expect(ev('false()')).toBe(false);
  });
});

describe('numeric functions (Microsoft examples)', () => {
  it('add, sub, mul, div, mod', () => {
    expect(ev('add(5, 3)')).toBe(8);
    expect(ev('sub(7, 3)')).toBe(4);
    expect(ev('mul(5, 3)')).toBe(15);
    expect(ev('div(8, 3)')).toBe(2);
    expect(ev('mod(7, 3)')).toBe(1);
    expect(isPlaceholder(evRaw('div(1, 0)').value)).toBe(true);
  });

  it('int and float', () => {
    expect(ev("int('4')")).toBe(4);
    expect(ev("float('3.0')")).toBe(3);
    expect(ev("float('2.5')")).toBe(2.5);
  });

  it('min and max over arguments and arrays', () => {
    expect(ev('max(0, 3, 2, 5, 4)')).toBe(5);
    expect(ev('min(createArray(0, 3, 2, 5, 4))')).toBe(0);
  });
});
