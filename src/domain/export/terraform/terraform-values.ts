/**
 * The plan's target-neutral expressions as HCL: literals escaped, resource names as templates after
 * `var.name_prefix`, resource IDs as references to the configuration's own resources or, for objects
 * declared elsewhere, as ID templates.
 */
import type { Expr, ResourceTarget } from '../plan/expr';
import { hclEscape } from './hcl-string';
import { bool, type HclValue, list, num, object, raw, text } from './hcl-writer';

/** Terraform variable of each plan parameter. */
export const VARIABLE_OF: Record<string, string> = {
  namePrefix: 'name_prefix',
  crossScopePeerings: 'cross_scope_peerings',
  tags: 'tags',
};

/** What the values refer to: the Terraform address of each plan symbol (`azurerm_virtual_network.hub`). */
export interface TerraformRefs {
  addressOf(symbol: string): string | undefined;
}

/** The inside of a template for one name segment: `${var.name_prefix}` and the escaped name. */
function nameTemplate(e: Expr): string {
  if (e.k === 'prefixed') return `\${var.name_prefix}${hclEscape(e.base)}`;
  if (e.k === 'str') return hclEscape(e.v);
  throw new Error(`A resource name cannot be a ${e.k} expression.`);
}

/** A resource name: `"${var.name_prefix}hub"`, or `var.name_prefix` alone for an empty name. */
export function nameValue(e: Expr): HclValue {
  if (e.k === 'prefixed' && e.base === '') return raw('var.name_prefix');
  return raw(`"${nameTemplate(e)}"`);
}

/** The resource ID of a target the configuration does not declare, as an HCL template. */
export function idTemplate(target: ResourceTarget): HclValue {
  const sub = target.scope ? hclEscape(target.scope.subscriptionId) : '${var.subscription_id}';
  const rg = target.scope ? hclEscape(target.scope.resourceGroup) : '${var.resource_group_name}';
  const [namespace, ...types] = target.type.split('/');
  const path = types.map((t, i) => `/${t}/${target.names[i] ? nameTemplate(target.names[i]) : ''}`).join('');
  return raw(`"/subscriptions/${sub}/resourceGroups/${rg}/providers/${namespace}${path}"`);
}

/** Any plan expression as an HCL value. */
export function hclValue(e: Expr, refs: TerraformRefs): HclValue {
  switch (e.k) {
    case 'str':
      return text(e.v);
    case 'num':
      return num(e.v);
    case 'bool':
      return bool(e.v);
    case 'arr':
      return list(e.items.map((i) => hclValue(i, refs)));
    case 'obj':
      return object(e.entries.map(([k, v]) => [k, hclValue(v, refs)]));
    case 'prefixed':
      return nameValue(e);
    case 'param':
      return raw(`var.${VARIABLE_OF[e.name] ?? e.name}`);
    case 'id': {
      const address = e.target.symbol ? refs.addressOf(e.target.symbol) : undefined;
      return address ? raw(`${address}.id`) : idTemplate(e.target);
    }
    case 'runtime': {
      const address = refs.addressOf(e.symbol);
      if (!address) throw new Error(`No resource "${e.symbol}" in the configuration.`);
      return raw(`${address}.output.properties.${e.property}`);
    }
  }
}

/** The value of `key` in an object expression. */
export function field(e: Expr | undefined, key: string): Expr | undefined {
  return e?.k === 'obj' ? e.entries.find(([k]) => k === key)?.[1] : undefined;
}

/** The items of an array expression (none for anything else). */
export function items(e: Expr | undefined): Expr[] {
  return e?.k === 'arr' ? e.items : [];
}

/** A string literal's text. */
export function textOf(e: Expr | undefined): string | undefined {
  return e?.k === 'str' ? e.v : undefined;
}

/** `camelCase` → `camel_case`, for ARM property names whose azurerm argument has the same words. */
export const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
