// https://learn.microsoft.com/azure/azure-resource-manager/templates/parameters,
// https://learn.microsoft.com/azure/azure-resource-manager/templates/copy-variables and
// https://learn.microsoft.com/azure/azure-resource-manager/templates/user-defined-functions
import { describe, expect, it } from 'vitest';
import { createBudget, evaluateString } from '../evaluate';
import { toJson } from '../functions/string';
import { createTemplateScope, readParameterValues } from '../template-scope';
import { type ArmObject, fromJson, isPlaceholder } from '../values';

function scopeOf(template: unknown, parameterFile?: unknown) {
  const warnings: string[] = [];
  const ctx = createTemplateScope({
    template: fromJson(template) as ArmObject,
    parameterValues: parameterFile ? readParameterValues(fromJson(parameterFile)) : undefined,
    scope: { subscriptionId: 's', resourceGroup: 'rg', deploymentName: 'd' },
    budget: createBudget(),
    basePath: '$',
    warn: (path, m) => warnings.push(`${path}: ${m}`),
  });
  return {
    ev: (expr: string) => toJson(evaluateString(`[${expr}]`, ctx, '$.x')),
    raw: (expr: string) => evaluateString(`[${expr}]`, ctx, '$.x'),
    warnings,
  };
}

describe('template parameters, variables and functions', () => {
  it('uses a parameters file value over the default, and defaults that use other parameters', () => {
    const t = {
      parameters: {
        prefix: { type: 'string', defaultValue: 'contoso' },
        vnetName: { type: 'string', defaultValue: "[concat(parameters('prefix'), '-vnet')]" },
      },
    };
    expect(scopeOf(t).ev("parameters('vnetName')")).toBe('contoso-vnet');
    expect(scopeOf(t, { parameters: { prefix: { value: 'fabrikam' } } }).ev("parameters('vnetName')")).toBe(
      'fabrikam-vnet',
    );
  });

  it('a parameter without a default or value is a placeholder with a warning naming its path', () => {
    const s = scopeOf({ parameters: { addressPrefix: { type: 'string' } } });
    expect(isPlaceholder(s.raw("parameters('addressPrefix')"))).toBe(true);
    expect(s.warnings).toEqual([expect.stringMatching(/^\$\.parameters\.addressPrefix: .*no default/)]);
    expect(isPlaceholder(s.raw("concat(parameters('addressPrefix'), '/24')"))).toBe(true);
  });

  it('Key Vault references in a parameters file are placeholders', () => {
    const s = scopeOf(
      { parameters: { secret: { type: 'securestring' } } },
      { parameters: { secret: { reference: { keyVault: { id: 'x' }, secretName: 'y' } } } },
    );
    expect(isPlaceholder(s.raw("parameters('secret')"))).toBe(true);
  });

  it('variables may use parameters and other variables, in any order, case-insensitively', () => {
    const s = scopeOf({
      parameters: { env: { type: 'string', defaultValue: 'prod' } },
      variables: { vnetName: "[concat('vnet-', variables('suffix'))]", suffix: "[parameters('ENV')]" },
    });
    expect(s.ev("variables('VNETNAME')")).toBe('vnet-prod');
  });

  it('a variable that refers to itself is a placeholder, not a hang', () => {
    const s = scopeOf({ variables: { a: "[variables('b')]", b: "[variables('a')]" } });
    expect(isPlaceholder(s.raw("variables('a')"))).toBe(true);
  });

  it('variable copy loops (Microsoft example: disk-names)', () => {
    const s = scopeOf({
      parameters: { itemCount: { type: 'int', defaultValue: 5 } },
      variables: {
        copy: [
          {
            name: 'stringArray',
            count: "[parameters('itemCount')]",
            input: "[concat('item', copyIndex('stringArray', 1))]",
          },
          {
            name: 'objectArray',
            count: 2,
            input: {
              name: "[concat('myDataDisk', copyIndex('objectArray', 1))]",
              diskSizeGB: '1',
              diskIndex: "[copyIndex('objectArray')]",
            },
          },
        ],
      },
    });
    expect(s.ev("variables('stringArray')")).toEqual(['item1', 'item2', 'item3', 'item4', 'item5']);
    expect(s.ev("variables('objectArray')")).toEqual([
      { name: 'myDataDisk1', diskSizeGB: '1', diskIndex: 0 },
      { name: 'myDataDisk2', diskSizeGB: '1', diskIndex: 1 },
    ]);
  });

  it('property copy loops inside a variable object', () => {
    const s = scopeOf({
      variables: {
        subnets: {
          copy: [
            {
              name: 'items',
              count: 3,
              input: {
                name: "[format('snet-{0}', copyIndex('items'))]",
                prefix: "[cidrSubnet('10.0.0.0/16', 24, copyIndex('items'))]",
              },
            },
          ],
        },
      },
    });
    expect(s.ev("variables('subnets').items[2]")).toEqual({ name: 'snet-2', prefix: '10.0.2.0/24' });
  });

  it('user-defined functions (Microsoft example: contoso.uniqueName)', () => {
    const s = scopeOf({
      functions: [
        {
          namespace: 'contoso',
          members: {
            uniqueName: {
              parameters: [{ name: 'namePrefix', type: 'string' }],
              output: { type: 'string', value: "[concat(toLower(parameters('namePrefix')), '-x')]" },
            },
          },
        },
      ],
    });
    expect(s.ev("contoso.uniqueName('ABC')")).toBe('abc-x');
  });
});
