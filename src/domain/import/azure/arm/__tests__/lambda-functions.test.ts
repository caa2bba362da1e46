// Examples from https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-lambda
import { describe, expect, it } from 'vitest';
import { ev } from './helpers';

const dogs = [
  { name: 'Evie', age: 5, interests: ['Ball', 'Frisbee'] },
  { name: 'Casper', age: 3, interests: ['Other dogs'] },
  { name: 'Indy', age: 2, interests: ['Butter'] },
  { name: 'Kira', age: 8, interests: ['Rubs'] },
];

describe('lambda functions (Microsoft examples)', () => {
  it('filter', () => {
    expect(
      (
        ev("filter(parameters('dogs'), lambda('dog', greaterOrEquals(lambdaVariables('dog').age, 5)))", {
          dogs,
        }) as { name: string }[]
      ).map((d) => d.name),
    ).toEqual(['Evie', 'Kira']);
    expect(ev("filter(range(0, 10), lambda('i', lessOrEquals(lambdaVariables('i'), 3)))")).toEqual([
      0, 1, 2, 3,
    ]);
  });

  it('map', () => {
    expect(ev("map(parameters('dogs'), lambda('dog', lambdaVariables('dog').name))", { dogs })).toEqual([
      'Evie',
      'Casper',
      'Indy',
      'Kira',
    ]);
    expect(
      ev(
        "map(parameters('dogs'), lambda('dog', 'i', concat(string(lambdaVariables('i')), lambdaVariables('dog').name)))",
        { dogs },
      ),
    ).toEqual(['0Evie', '1Casper', '2Indy', '3Kira']);
  });

  it('reduce', () => {
    expect(
      ev(
        "reduce(map(parameters('dogs'), lambda('d', lambdaVariables('d').age)), 0, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))",
        { dogs },
      ),
    ).toBe(18);
  });

  it('sort', () => {
    expect(
      ev(
        "map(sort(parameters('dogs'), lambda('a', 'b', less(lambdaVariables('a').age, lambdaVariables('b').age))), lambda('d', lambdaVariables('d').name))",
        { dogs },
      ),
    ).toEqual(['Indy', 'Casper', 'Evie', 'Kira']);
  });

  it('toObject, mapValues, groupBy', () => {
    expect(
      ev(
        "toObject(parameters('dogs'), lambda('d', lambdaVariables('d').name), lambda('d', lambdaVariables('d').age))",
        { dogs },
      ),
    ).toEqual({ Evie: 5, Casper: 3, Indy: 2, Kira: 8 });
    expect(ev("mapValues(createObject('foo', 'foo'), lambda('v', toUpper(lambdaVariables('v'))))")).toEqual({
      foo: 'FOO',
    });
    expect(
      ev("groupBy(createArray('foo', 'bar', 'baz'), lambda('x', substring(lambdaVariables('x'), 0, 1)))"),
    ).toEqual({ f: ['foo'], b: ['bar', 'baz'] });
  });
});
