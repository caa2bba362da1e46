import { indexDesign } from '../../model/design-index';
import { kinds } from '../../model/kinds';
import type { Design } from '../../model/schema';
import type { Finding } from '../../rules/types';
import { validateDesign } from '../../rules/validate';
import { exportableDeep } from '../text-safety';
import { deploymentNotes } from './deployment-notes';
import { describeObject } from './describe';
import { type Expr, idOf, prefixed, type ResourceTarget, runtime, type Scope } from './expr';
import { networkResources } from './network-resources';
import { policyResource } from './policy-resource';
import { scopeDeploymentOrder } from './scope-order';
import { objectScopes, parseScopeKey, sameScope, scopeKey } from './scopes';
import { closeSelection } from './selection';
import { SymbolTable } from './symbols';
import type { ExportPlan, PlannedResource } from './types';

export interface PlanOptions {
  /** Ids of the objects to export (plus what they structurally need); all objects when absent. */
  selection?: readonly string[];
  /** `subscriptionId/resourceGroup` to deploy to; by default the scope of the first exported policy. */
  scope?: string;
  /** Findings to list at the top; by default the design is validated. */
  findings?: readonly Finding[];
}

/** Type of each deployable design collection's resource, for references by ID. */
const TYPES = {
  vnet: kinds.vnet.azureType,
  nsg: kinds.nsg.azureType,
  routeTable: kinds.routeTable.azureType,
  natGateway: kinds.natGateway.azureType,
  policy: kinds.policy.azureType,
} as const;
export type ReferenceKind = keyof typeof TYPES;

/** Resolves a design object to an ID expression and records why a reference is not declared here. */
export interface Referencer {
  idOf(kind: ReferenceKind, objectId: string, from: string): Expr | undefined;
  symbolOf(objectId: string): string | undefined;
}

/**
 * Plans the export of a design to one resource group: which resources the template declares, how they
 * refer to each other (symbols inside the template, resourceId() with subscription and resource group
 * for objects of other scopes), and what the reader must be told. Pure and synchronous.
 */
export function buildExportPlan(input: Design, options: PlanOptions = {}): ExportPlan {
  // every target gets the same text: no unpaired surrogates, no U+2028/U+2029 (see exportableText)
  const design = exportableDeep(input);
  const index = indexDesign(design);
  const warnings: string[] = [];
  const closure = closeSelection(design, options.selection);
  for (const id of closure.unknown) warnings.push(`The selection names "${id}", which is not in the design.`);
  for (const id of closure.notDeployable)
    warnings.push(`${describeObject(design, id)} has no ARM resource of its own and is not exported.`);
  const included = closure.included;

  const fallback: Scope = design.policies[0] ??
    design.vnets[0] ?? { subscriptionId: '00000000-0000-0000-0000-000000000000', resourceGroup: 'rg' };
  const scopesById = objectScopes(design, fallback);
  // the default scope is the first exported policy's, else the first VNet's, else any exported object's
  const firstId =
    design.policies.find((p) => included.has(p.id))?.id ??
    design.vnets.find((v) => included.has(v.id))?.id ??
    [...included].find((id) => scopesById.has(id));
  const defaultScope = (firstId !== undefined ? scopesById.get(firstId) : undefined) ?? fallback;
  let scope: Scope = {
    subscriptionId: defaultScope.subscriptionId,
    resourceGroup: defaultScope.resourceGroup,
  };
  if (options.scope !== undefined) {
    const parsed = parseScopeKey(options.scope);
    if (!parsed) throw new Error(`"${options.scope}" is not a scope: write subscriptionId/resourceGroup.`);
    scope = parsed;
  }
  const scopes: Scope[] = [];
  const addScope = (s: Scope) => {
    if (!scopes.some((x) => sameScope(x, s))) scopes.push(s);
  };
  for (const id of included) {
    const s = scopesById.get(id);
    if (s && sameScope(s, scope)) addScope(s);
  }
  for (const id of included) {
    const s = scopesById.get(id);
    if (s) addScope(s);
  }
  const here = (id: string) => {
    const s = scopesById.get(id);
    return s !== undefined && sameScope(s, scope);
  };
  // a peering is declared where its directions' local VNets are (each direction is a child resource)
  const declared = new Set([...included].filter((id) => here(id) || index.peerings.has(id)));
  const elsewhere = [...included].filter((id) => !here(id) && scopesById.has(id) && !index.subnets.has(id));
  const otherScopes = new Set(elsewhere.map((id) => scopeKey(scopesById.get(id) as Scope)));
  for (const key of otherScopes) {
    const names = elsewhere
      .filter((id) => scopeKey(scopesById.get(id) as Scope) === key)
      .map((id) => describeObject(design, id));
    warnings.push(`Declared in the export for scope ${key}, not in this one: ${names.join(', ')}.`);
  }

  const symbols = new SymbolTable();
  const symbolById = new Map<string, string>();
  const claim = (kind: string, id: string) => {
    const s = symbols.claim(kind, id);
    symbolById.set(id, s);
    return s;
  };
  for (const v of design.vnets) if (declared.has(v.id)) claim('vnet', v.id);
  for (const n of design.nsgs) if (declared.has(n.id)) claim('nsg', n.id);
  for (const r of design.routeTables) if (declared.has(r.id)) claim('routeTable', r.id);
  for (const n of design.natGateways) if (declared.has(n.id)) claim('natGateway', n.id);
  for (const p of design.policies) if (declared.has(p.id)) claim('policy', p.id);

  const notIncluded = new Map<string, string[]>();
  const ref: Referencer = {
    symbolOf: (id) => symbolById.get(id),
    idOf(kind, objectId, from) {
      const obj = lookup(design, kind, objectId);
      if (!obj) {
        warnings.push(`${describeObject(design, from)} refers to "${objectId}", which is not in the design.`);
        return undefined;
      }
      const target: ResourceTarget = { type: TYPES[kind], names: [prefixed(obj.name)] };
      const symbol = symbolById.get(objectId);
      if (symbol) return idOf({ ...target, symbol });
      const s = scopesById.get(objectId);
      if (!included.has(objectId)) {
        const users = notIncluded.get(objectId) ?? [];
        if (!users.includes(from)) users.push(from);
        notIncluded.set(objectId, users);
      }
      return idOf(s && !sameScope(s, scope) ? { ...target, scope: s } : target);
    },
  };

  const resources: PlannedResource[] = [...networkResources(design, declared, ref, symbols, warnings)];
  if (otherScopes.size) {
    const { order, cyclic } = scopeDeploymentOrder(design, scopes, scopesById);
    const steps = order.map((k, i) => `${i + 1}) ${k}`).join(', ');
    const peerings = design.peerings.some((p) => {
      const [a, b] = [scopesById.get(p.vnetAId), scopesById.get(p.vnetBId)];
      return included.has(p.id) && a !== undefined && b !== undefined && !sameScope(a, b);
    });
    warnings.push(
      `Deploy the scopes in this order${peerings ? ', with crossScopePeerings=false' : ''}: ${steps}${peerings ? '; then again with crossScopePeerings=true' : ''}.${cyclic ? ' The scopes refer to each other in a circle: the first deployments fail until every scope has been deployed once; run the sequence twice.' : ''}`,
    );
  }
  const slashed = [...declared].filter((id) => describeObject(design, id).includes('/'));
  for (const id of slashed.filter((id) => !index.subnets.has(id) && !index.peerings.has(id)))
    warnings.push(
      `${describeObject(design, id)}: "/" cannot appear in a resource name and is exported as "-".`,
    );
  for (const p of design.policies) {
    const symbol = symbolById.get(p.id);
    if (symbol) resources.push(policyResource(design, p, symbol, ref, warnings));
  }
  for (const [id, users] of notIncluded) {
    warnings.push(
      `${describeObject(design, id)} is referenced by ${users.map((u) => describeObject(design, u)).join(', ')} but not included in this export: it must already exist.`,
    );
  }

  const policies = design.policies
    .filter((p) => symbolById.has(p.id))
    .map((policy) => ({ policy, symbol: symbolById.get(policy.id) as string }));
  const outputs = policies.flatMap(({ policy, symbol }) => [
    {
      name: `${symbol}SystemId`,
      description: `System ID of enterprise policy "${policy.name}", used to link environments.`,
      value: runtime(symbol, 'systemId'),
    },
    {
      name: `${symbol}ResourceId`,
      description: `Resource ID of enterprise policy "${policy.name}" (Enable-SubnetInjection -PolicyArmId).`,
      value: idOf({ symbol, type: TYPES.policy, names: [prefixed(policy.name)] }),
    },
  ]);
  const findings = options.findings ?? validateDesign(input);
  return {
    design,
    scope,
    scopes,
    resources,
    outputs,
    policies,
    includedIds: included,
    errors: findings.filter((f) => f.severity === 'error'),
    warnings,
    notes: deploymentNotes({ design, scope, scopes, resources, policies }),
  };
}

function lookup(design: Design, kind: ReferenceKind, id: string): { name: string } | undefined {
  const index = indexDesign(design);
  const maps = {
    vnet: index.vnets,
    nsg: index.nsgs,
    routeTable: index.routeTables,
    natGateway: index.natGateways,
    policy: index.policies,
  } as const;
  return maps[kind].get(id);
}
