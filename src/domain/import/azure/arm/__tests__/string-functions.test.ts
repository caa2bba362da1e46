// Examples from https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-string
import { describe, expect, it } from 'vitest';
import { ev, evRaw, isPlaceholder } from './helpers';

describe('string functions (Microsoft examples)', () => {
  it('base64, base64ToString, base64ToJson', () => {
    expect(ev("base64('one, two, three')")).toBe('b25lLCB0d28sIHRocmVl');
    expect(ev("base64ToString('b25lLCB0d28sIHRocmVl')")).toBe('one, two, three');
    expect(ev('base64ToJson(base64(\'{"one": "a", "two": "b"}\'))')).toEqual({ one: 'a', two: 'b' });
  });

  it('concat of strings and of arrays', () => {
    expect(ev("concat('prefix', '-', 'abc')")).toBe('prefix-abc');
    expect(ev("concat(createArray('1-1','1-2','1-3'), createArray('2-1','2-2','2-3'))")).toEqual([
      '1-1',
      '1-2',
      '1-3',
      '2-1',
      '2-2',
      '2-3',
    ]);
  });

  it('contains on strings, objects and arrays', () => {
    expect(ev("contains('OneTwoThree', 'e')")).toBe(true);
    expect(ev("contains('OneTwoThree', 'z')")).toBe(false);
    expect(ev("contains(parameters('o'), 'one')", { o: { one: 'a', two: 'b', three: 'c' } })).toBe(true);
    expect(ev("contains(createArray('one','two','three'), 'four')")).toBe(false);
  });

  it('dataUri and dataUriToString', () => {
    expect(ev("dataUri('Hello')")).toBe('data:text/plain;charset=utf8;base64,SGVsbG8=');
    expect(ev("dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')")).toBe('Hello, World!');
  });

  it('empty, first, last, length on strings', () => {
    expect(ev("empty('')")).toBe(true);
    expect(ev("first('One Two Three')")).toBe('O');
    expect(ev("last('One Two Three')")).toBe('e');
    expect(ev("length('One Two Three')")).toBe(13);
  });

  it('startsWith and endsWith ignore case', () => {
    expect(ev("startsWith('abcdef', 'ab')")).toBe(true);
    expect(ev("startsWith('abcdef', 'A')")).toBe(true);
    expect(ev("startsWith('abcdef', 'e')")).toBe(false);
    expect(ev("endsWith('abcdef', 'ef')")).toBe(true);
    expect(ev("endsWith('abcdef', 'F')")).toBe(true);
    expect(ev("endsWith('abcdef', 'e')")).toBe(false);
  });

  it('format with composite formatting', () => {
    expect(ev("format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)")).toBe(
      'Hello, User. Formatted number: 8,175,133',
    );
    expect(ev("format('{{literal}} {0:D3}', 7)")).toBe('{literal} 007');
  });

  it('indexOf and lastIndexOf ignore case', () => {
    expect(ev("indexOf('test', 't')")).toBe(0);
    expect(ev("indexOf('abcdef', 'CD')")).toBe(2);
    expect(ev("lastIndexOf('test', 't')")).toBe(3);
    expect(ev("lastIndexOf('abcdef', 'AB')")).toBe(0);
    expect(ev("indexOf('abcdef', 'z')")).toBe(-1);
  });

  it('padLeft, replace, skip, take, substring', () => {
    expect(ev("padLeft('123', 10, '0')")).toBe('0000000123');
    expect(ev("replace('123-123-1234', '-', '')")).toBe('1231231234');
    expect(ev("replace('123-123-1234', '1234', 'xxxx')")).toBe('123-123-xxxx');
    expect(ev("skip('one two three', 4)")).toBe('two three');
    expect(ev("take('one two three', 2)")).toBe('on');
    expect(ev("substring('hello there', 6, 5)")).toBe('there');
    expect(isPlaceholder(evRaw("substring('hello there', 6, 99)").value)).toBe(true);
  });

  it('split on one or several delimiters', () => {
    expect(ev("split('one,two,three', ',')")).toEqual(['one', 'two', 'three']);
    expect(ev("split('one;two,three', createArray(',', ';'))")).toEqual(['one', 'two', 'three']);
  });

  it('string of objects, arrays, numbers and booleans', () => {
    expect(ev("string(parameters('o'))", { o: { valueA: 10, valueB: 'Example Text' } })).toBe(
      '{"valueA":10,"valueB":"Example Text"}',
    );
    expect(ev("string(createArray('a', 'b', 'c'))")).toBe('["a","b","c"]');
    expect(ev('string(5)')).toBe('5');
    expect(ev('string(true())')).toBe('True');
  });

  it('toLower, toUpper, trim', () => {
    expect(ev("toLower('One Two Three')")).toBe('one two three');
    expect(ev("toUpper('One Two Three')")).toBe('ONE TWO THREE');
    expect(ev("trim('    one two three   ')")).toBe('one two three');
  });

  it('uri, uriComponent, uriComponentToString', () => {
    expect(ev("uri('http://contoso.com/resources/', 'nested/azuredeploy.json')")).toBe(
      'http://contoso.com/resources/nested/azuredeploy.json',
    );
    expect(ev("uriComponent('http://contoso.com/resources/nested/azuredeploy.json')")).toBe(
      'http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json',
    );
    expect(
      ev("uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')"),
    ).toBe('http://contoso.com/resources/nested/azuredeploy.json');
  });

  it('uniqueString and guid are deterministic and shaped like Azure values', () => {
    const a = ev("uniqueString('sub', 'rg')");
    expect(a).toMatch(/^[a-z0-9]{13}$/);
    expect(ev("uniqueString('sub', 'rg')")).toBe(a);
    expect(ev("uniqueString('sub', 'other')")).not.toBe(a);
    expect(ev("guid('a', 'b')")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('utcNow and newGuid cannot be known offline: placeholders', () => {
    expect(isPlaceholder(evRaw('utcNow()').value)).toBe(true);
    expect(isPlaceholder(evRaw("utcNow('u')").value)).toBe(true);
    expect(isPlaceholder(evRaw('newGuid()').value)).toBe(true);
  });

  it('json parses text; json(null) gives null', () => {
    expect(ev('json(\'{"a": "b"}\')')).toEqual({ a: 'b' });
    expect(ev("json('null')")).toBeNull();
    expect(ev("json('[1,2]')")).toEqual([1, 2]);
  });
});
