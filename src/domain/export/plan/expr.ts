/**
 * A tiny expression tree shared by the ARM and Bicep renderers, so that both targets are produced from
 * one plan and can never disagree on what is deployed.
 */

/** A deployment scope: one resource group of one subscription. */
export interface Scope {
  subscriptionId: string;
  resourceGroup: string;
}

/** Points at a resource: by symbol when the template declares it, else by type and name (and scope). */
export interface ResourceTarget {
  /** Symbolic name of a resource declared in the same template. */
  symbol?: string;
  /** Full resource type, e.g. `Microsoft.Network/virtualNetworks`. */
  type: string;
  /** One name per type segment after the provider (a child resource has two). */
  names: Expr[];
  /** Set when the resource lives in another subscription or resource group. */
  scope?: Scope;
}

export type Expr =
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'bool'; v: boolean }
  | { k: 'arr'; items: Expr[] }
  | { k: 'obj'; entries: [string, Expr][] }
  /** A top-level resource name: the `namePrefix` parameter followed by the design's name. */
  | { k: 'prefixed'; base: string }
  /** A template parameter. */
  | { k: 'param'; name: string }
  /** The resource ID of a resource. */
  | { k: 'id'; target: ResourceTarget }
  /** A runtime property of a resource declared in the template (`properties.<name>`). */
  | { k: 'runtime'; symbol: string; property: string };

export const str = (v: string): Expr => ({ k: 'str', v });
export const num = (v: number): Expr => ({ k: 'num', v });
export const bool = (v: boolean): Expr => ({ k: 'bool', v });
export const arr = (items: Expr[]): Expr => ({ k: 'arr', items });
/**
 * A design name as a resource name segment. `/` separates name segments in ARM and Bicep rejects it in
 * a segment at compile time; no Azure resource name may contain it, so it becomes `-`.
 */
export const resourceName = (name: string): string => name.replace(/\//g, '-');
export const prefixed = (base: string): Expr => ({ k: 'prefixed', base: resourceName(base) });
export const param = (name: string): Expr => ({ k: 'param', name });
export const idOf = (target: ResourceTarget): Expr => ({ k: 'id', target });
export const runtime = (symbol: string, property: string): Expr => ({ k: 'runtime', symbol, property });

/** An object expression; entries whose value is `undefined` are left out (optional properties). */
export function obj(entries: Record<string, Expr | undefined>): Expr {
  const kept: [string, Expr][] = [];
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) kept.push([key, value]);
  return { k: 'obj', entries: kept };
}

/** Symbols of the template's own resources that an expression refers to, in order of first use. */
export function referencedSymbols(e: Expr, into: string[] = []): string[] {
  switch (e.k) {
    case 'arr':
      for (const item of e.items) referencedSymbols(item, into);
      break;
    case 'obj':
      for (const [, value] of e.entries) referencedSymbols(value, into);
      break;
    case 'id':
      if (e.target.symbol && !into.includes(e.target.symbol)) into.push(e.target.symbol);
      break;
    case 'runtime':
      if (!into.includes(e.symbol)) into.push(e.symbol);
      break;
    default:
      break;
  }
  return into;
}

/** Whether an expression uses a template parameter (so unused parameters can be left out). */
export function usesParam(e: Expr, name: string): boolean {
  switch (e.k) {
    case 'param':
      return e.name === name;
    case 'prefixed':
      return name === 'namePrefix';
    case 'arr':
      return e.items.some((i) => usesParam(i, name));
    case 'obj':
      return e.entries.some(([, v]) => usesParam(v, name));
    case 'id':
      return e.target.names.some((n) => usesParam(n, name));
    default:
      return false;
  }
}
