import { indexDesign } from '../../model/design-index';
import { kinds } from '../../model/kinds';
import type { Design } from '../../model/schema';
import type { Finding } from '../../rules/types';
import { validateDesign } from '../../rules/validate';
import { exportableDeep } from '../text-safety';
import { deploymentNotes } from './deployment-notes';
import { describeObject } from './describe';
import {
  type Expr,
  idOf,
  obj as obj_,
  prefixed,
  type ResourceTarget,
  referencedSymbols,
  resourceName,
  runtime,
  type Scope,
  str,
} from './expr';
import { hubResources } from './hub-resources';
import { networkResources } from './network-resources';
import { policyResource } from './policy-resource';
import { scopeDeploymentOrder } from './scope-order';
import { objectScopes, parseScopeKey, sameScope, scopeKey } from './scopes';
import { closeSelection } from './selection';
import { SymbolTable } from './symbols';
import {
  ENTERPRISE_POLICY_API_VERSION,
  type ExportPlan,
  NETWORK_API_VERSION,
  type PlannedResource,
} from './types';

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
const LABELS: Record<ReferenceKind, string> = {
  vnet: 'Virtual network',
  nsg: 'Network security group',
  routeTable: 'Route table',
  natGateway: 'NAT gateway',
  policy: 'Enterprise policy',
};

/** Ids of the objects marked as already existing in Azure. */
function existingObjectIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const c of [
    'policies',
    'vnets',
    'subnets',
    'peerings',
    'natGateways',
    'nsgs',
    'routeTables',
    'firewalls',
    'gateways',
    'bastions',
  ] as const)
    for (const o of design[c]) if (o.existing) ids.add(o.id);
  return ids;
}

/** Resolves a design object to an ID expression and records why a reference is not declared here. */
export interface Referencer {
  idOf(kind: ReferenceKind, objectId: string, from: string): Expr | undefined;
  /** Symbol of a new object this template deploys. */
  symbolOf(objectId: string): string | undefined;
  /**
   * Symbol of the VNet that child resources (subnets, peering links) of `vnetId` hang from in this
   * template: a new VNet deployed here, or an existing one of this resource group (declared `existing`).
   */
  parentOf(vnetId: string): string | undefined;
  /** Whether the object already exists in Azure (and is referenced, never deployed). */
  isExisting(objectId: string): boolean;
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
  const existingIds = existingObjectIds(design);
  // what other exports deploy: new objects, and new subnets of existing VNets (children of their own)
  const deployedElsewhere = (id: string) => {
    const subnet = index.subnets.get(id);
    return subnet ? existingIds.has(subnet.vnetId) && !existingIds.has(id) : !existingIds.has(id);
  };
  const elsewhere = [...included].filter((id) => !here(id) && scopesById.has(id) && deployedElsewhere(id));
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
  const isNew = (id: string) => declared.has(id) && !existingIds.has(id);
  for (const v of design.vnets) if (isNew(v.id)) claim('vnet', v.id);
  for (const n of design.nsgs) if (isNew(n.id)) claim('nsg', n.id);
  for (const r of design.routeTables) if (isNew(r.id)) claim('routeTable', r.id);
  for (const n of design.natGateways) if (isNew(n.id)) claim('natGateway', n.id);
  for (const p of design.policies) if (isNew(p.id)) claim('policy', p.id);
  // an NVA has no Azure resource of its own
  for (const f of design.firewalls) if (isNew(f.id) && f.kind === 'AzureFirewall') claim('firewall', f.id);
  for (const g of design.gateways) if (isNew(g.id)) claim('gateway', g.id);
  for (const b of design.bastions) if (isNew(b.id)) claim('bastion', b.id);

  // Existing objects get a symbol when something refers to them; Bicep declares them `existing`.
  const existingDeclarations = new Map<string, PlannedResource>();
  const existingSymbol = (kind: ReferenceKind, objectId: string, obj: { name: string }): string => {
    const known = existingDeclarations.get(objectId);
    if (known) return known.symbol;
    const s = scopesById.get(objectId);
    const declaration: PlannedResource = {
      symbol: symbols.claim(kind, objectId),
      sourceId: objectId,
      label: LABELS[kind],
      displayName: obj.name,
      type: TYPES[kind],
      apiVersion: kind === 'policy' ? ENTERPRISE_POLICY_API_VERSION : NETWORK_API_VERSION,
      existing: true,
      ...(s && !sameScope(s, scope) ? { scope: s } : {}),
      name: str(resourceName(obj.name)),
      properties: obj_({}),
    };
    existingDeclarations.set(objectId, declaration);
    return declaration.symbol;
  };

  const notIncluded = new Map<string, string[]>();
  const ref: Referencer = {
    symbolOf: (id) => symbolById.get(id),
    isExisting: (id) => existingIds.has(id),
    parentOf(vnetId) {
      const own = symbolById.get(vnetId);
      if (own) return own;
      const vnet = index.vnets.get(vnetId);
      return vnet && existingIds.has(vnetId) && here(vnetId)
        ? existingSymbol('vnet', vnetId, vnet)
        : undefined;
    },
    idOf(kind, objectId, from) {
      const obj = lookup(design, kind, objectId);
      if (!obj) {
        warnings.push(`${describeObject(design, from)} refers to "${objectId}", which is not in the design.`);
        return undefined;
      }
      if (existingIds.has(objectId)) {
        const symbol = existingSymbol(kind, objectId, obj);
        const declaration = existingDeclarations.get(objectId) as PlannedResource;
        return idOf({
          symbol,
          type: TYPES[kind],
          names: [declaration.name],
          ...(declaration.scope ? { scope: declaration.scope } : {}),
        });
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
  resources.push(...hubResources(design, ref, symbols, resources));
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
  // an existing policy deploys nothing, but the post-deployment script still needs its IDs
  for (const p of design.policies)
    if (declared.has(p.id) && existingIds.has(p.id)) existingSymbol('policy', p.id, p);
  for (const v of design.vnets) {
    if (!declared.has(v.id) || existingIds.has(v.id)) continue;
    const marked = (index.subnetsByVnet.get(v.id) ?? []).filter((x) => existingIds.has(x.id));
    if (marked.length)
      warnings.push(
        `${describeObject(design, v.id)} is new, so it is deployed with all its subnets, including ${marked.map((x) => `"${x.name}"`).join(', ')}, marked as existing in Azure.`,
      );
  }
  for (const [id, users] of notIncluded) {
    warnings.push(
      `${describeObject(design, id)} is referenced by ${users.map((u) => describeObject(design, u)).join(', ')} but not included in this export: it must already exist.`,
    );
  }

  const policySymbol = (id: string) => symbolById.get(id) ?? existingDeclarations.get(id)?.symbol;
  const policies = design.policies
    .filter((p) => declared.has(p.id) && policySymbol(p.id) !== undefined)
    .map((policy) => ({ policy, symbol: policySymbol(policy.id) as string }));
  const outputs = policies.flatMap(({ policy, symbol }) => [
    {
      name: `${symbol}SystemId`,
      description: `System ID of enterprise policy "${policy.name}", used to link environments.`,
      value: runtime(symbol, 'systemId'),
    },
    {
      name: `${symbol}ResourceId`,
      description: `Resource ID of enterprise policy "${policy.name}" (Enable-SubnetInjection -PolicyArmId).`,
      value: idOf({
        symbol,
        type: TYPES.policy,
        names: [existingIds.has(policy.id) ? str(resourceName(policy.name)) : prefixed(policy.name)],
      }),
    },
  ]);
  // an existing object is declared only when something refers to it (an unused declaration is noise)
  const used = new Set<string>();
  for (const r of resources) {
    if (r.parent) used.add(r.parent);
    for (const d of r.dependsOn ?? []) used.add(d);
    referencedSymbols(r.properties, []).forEach((x) => used.add(x));
  }
  for (const o of outputs) referencedSymbols(o.value, []).forEach((x) => used.add(x));
  const declarations = [...existingDeclarations.values()].filter((d) => used.has(d.symbol));
  resources.unshift(...declarations);
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
