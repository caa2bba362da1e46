// Examples from https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-array
// and https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-object
import { describe, expect, it } from 'vitest';
import { ev } from './helpers';

const firstArray = ['one', 'two', 'three'];
const secondArray = ['three', 'four'];

describe('array functions (Microsoft examples)', () => {
  it('array, createArray, flatten', () => {
    expect(ev('array(1)')).toEqual([1]);
    expect(ev("array('efgh')")).toEqual(['efgh']);
    expect(ev("array(parameters('o'))", { o: { a: 'b', c: 'd' } })).toEqual([{ a: 'b', c: 'd' }]);
    expect(ev("createArray('a', 'b', 'c')")).toEqual(['a', 'b', 'c']);
    expect(
      ev("flatten(createArray(createArray('one','two'), createArray('three'), createArray('four','five')))"),
    ).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it('empty, first, last, length, indexOf, lastIndexOf', () => {
    expect(ev('empty(createArray())')).toBe(true);
    expect(ev("first(parameters('a'))", { a: firstArray })).toBe('one');
    expect(ev("last(parameters('a'))", { a: firstArray })).toBe('three');
    expect(ev("length(parameters('a'))", { a: firstArray })).toBe(3);
    expect(ev("indexOf(createArray('abc','def','ghi'), 'def')")).toBe(1);
    expect(ev('indexOf(createArray(1,2,3), 4)')).toBe(-1);
    expect(ev('lastIndexOf(createArray(1,2,3,1), 1)')).toBe(3);
  });

  it('intersection and union of arrays', () => {
    expect(
      ev("intersection(parameters('a'), parameters('b'))", {
        a: ['one', 'two', 'three'],
        b: ['two', 'three'],
      }),
    ).toEqual(['two', 'three']);
    expect(ev("union(parameters('a'), parameters('b'))", { a: firstArray, b: secondArray })).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
  });

  it('min, max, range, skip, take', () => {
    expect(ev('min(createArray(0,3,2,5,4))')).toBe(0);
    expect(ev('min(0,3,2,5,4)')).toBe(0);
    expect(ev('max(createArray(0,3,2,5,4))')).toBe(5);
    expect(ev('range(1, 3)')).toEqual([1, 2, 3]);
    expect(ev("skip(createArray('one','two','three'), 2)")).toEqual(['three']);
    expect(ev("take(createArray('one','two','three'), 2)")).toEqual(['one', 'two']);
  });

  it('contains on arrays', () => {
    expect(ev("contains(createArray('one','two','three'), 'two')")).toBe(true);
  });
});

describe('object functions (Microsoft examples)', () => {
  it('createObject, objectKeys, items', () => {
    expect(
      ev(
        "createObject('intProp', 1, 'stringProp', 'abc', 'boolProp', true(), 'arrayProp', createArray('a','b','c'), 'objectProp', createObject('key1', 'value1'))",
      ),
    ).toEqual({
      intProp: 1,
      stringProp: 'abc',
      boolProp: true,
      arrayProp: ['a', 'b', 'c'],
      objectProp: { key1: 'value1' },
    });
    expect(ev("objectKeys(parameters('o'))", { o: { a: 1, b: 2 } })).toEqual(['a', 'b']);
    expect(
      ev("items(parameters('o'))", { o: { item002: { enabled: false }, item001: { enabled: true } } }),
    ).toEqual([
      { key: 'item001', value: { enabled: true } },
      { key: 'item002', value: { enabled: false } },
    ]);
  });

  it('union merges objects deeply; shallowMerge does not', () => {
    expect(
      ev("union(parameters('a'), parameters('b'))", {
        a: { one: 'a', two: 'b', three: 'c1' },
        b: { three: 'c2', four: 'd', five: 'e' },
      }),
    ).toEqual({
      one: 'a',
      two: 'b',
      three: 'c2',
      four: 'd',
      five: 'e',
    });
    expect(
      ev("union(parameters('a'), parameters('b'))", {
        a: { property: { one: 'a', two: 'b', three: 'c1' }, nestedArray: [1, 2] },
        b: { property: { three: 'c2', four: 'd', five: 'e' }, nestedArray: [3, 4] },
      }),
    ).toEqual({
      property: { one: 'a', two: 'b', three: 'c2', four: 'd', five: 'e' },
      nestedArray: [3, 4],
    });
    expect(
      ev("shallowMerge(parameters('l'))", {
        l: [
          { one: 'a', nested: { x: 1 } },
          { two: 'b', nested: { y: 2 } },
        ],
      }),
    ).toEqual({
      one: 'a',
      two: 'b',
      nested: { y: 2 },
    });
  });

  it('intersection of objects keeps equal key/value pairs', () => {
    expect(
      ev("intersection(parameters('a'), parameters('b'))", {
        a: { one: 'a', two: 'b', three: 'c' },
        b: { one: 'a', two: 'z', three: 'c' },
      }),
    ).toEqual({ one: 'a', three: 'c' });
  });

  it('null, empty, length and contains on objects', () => {
    expect(ev('null()')).toBeNull();
    expect(ev("empty(json('{}'))")).toBe(true);
    expect(
      ev("length(parameters('o'))", {
        o: { propA: 'one', propB: 'two', propC: 'three', propD: { propD1: 'sub', propD2: 'sub' } },
      }),
    ).toBe(4);
    expect(ev("contains(parameters('o'), 'ONE')", { o: { one: 'a' } })).toBe(true);
  });

  it('tryGet returns null for what is missing', () => {
    expect(ev("tryGet(parameters('o'), 'region')", { o: { name: 'x' } })).toBeNull();
    expect(ev("tryGet(parameters('o'), 'name')", { o: { name: 'x' } })).toBe('x');
    expect(ev('tryIndexFromEnd(createArray(1,2,3), 5)')).toBeNull();
    expect(ev('indexFromEnd(createArray(1,2,3), 1)')).toBe(3);
  });
});
