// https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions
import { describe, expect, it } from 'vitest';
import { classifyTemplateString, formatArmNode, parseArmExpression } from '../expression-parser';
import { ev, evRaw, isPlaceholder } from './helpers';

describe('template expression syntax', () => {
  it('escapes a leading bracket with [[', () => {
    expect(classifyTemplateString("[[variables('x')]")).toEqual({
      kind: 'literal',
      value: "[variables('x')]",
    });
    expect(classifyTemplateString('[concat()]')).toEqual({ kind: 'expression', text: 'concat()' });
    expect(classifyTemplateString('[not closed')).toEqual({ kind: 'literal', value: '[not closed' });
  });

  it('reads doubled single quotes inside strings', () => {
    expect(ev("concat('it''s', ' ok')")).toBe("it's ok");
  });

  it('reads property and index access, negative numbers and nested calls', () => {
    const node = parseArmExpression("parameters('a').b[0]['c']");
    expect(formatArmNode(node)).toBe("parameters('a').b[0]['c']");
    expect(ev("parameters('a').b[0]['c']", { a: { b: [{ c: 7 }] } })).toBe(7);
    expect(ev('add(-1, 3)')).toBe(2);
  });

  it('reads properties case-insensitively as ARM does', () => {
    expect(ev("parameters('o').VALUE", { o: { value: 1 } })).toBe(1);
  });

  it('treats function names case-insensitively', () => {
    expect(ev("CONCAT('a', ToLower('B'))")).toBe('ab');
  });

  it('turns syntax errors into a placeholder and a warning, never a throw', () => {
    for (const bad of ["concat('a'", "'unterminated", 'foo', 'concat(,)', "concat('a'))", '.']) {
      const { value, warnings } = evRaw(bad);
      expect(isPlaceholder(value), bad).toBe(true);
      expect(warnings.length, bad).toBe(1);
    }
  });

  it('turns unknown functions and type errors into placeholders with a warning', () => {
    const { value, warnings } = evRaw('noSuchFunction(1)');
    expect(isPlaceholder(value)).toBe(true);
    expect(warnings[0]).toMatch(/not supported/);
    expect(isPlaceholder(evRaw("add('a', 1)").value)).toBe(true);
  });

  it('refuses to nest deeper than its limit without overflowing the stack', () => {
    const deep = `${'concat('.repeat(5000)}'x'${')'.repeat(5000)}`;
    const { value, warnings } = evRaw(deep);
    expect(isPlaceholder(value)).toBe(true);
    expect(warnings[0]).toMatch(/deeply/);
  });
});
