/**
 * An ARM template's resources, as deployed: conditions, resource copy loops, child resources nested in
 * their parent, `languageVersion` 2.0 symbolic names and `existing` references, and nested deployments
 * with inline templates in inner or outer expression scope. Linked templates and registry modules can't
 * be read offline: they are reported, not followed.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/linked-templates
 */
import type { AzureResource, ImportWarning } from '../azure-resource';
import { resourceGroupScope, resourceIdFor } from '../resource-id';
import { ArmBudgetError } from './errors';
import {
  type ArmScope,
  copyCount,
  type DeploymentScope,
  type EvalBudget,
  evaluateString,
  evaluateValue,
  pathKey,
  step,
  withCopyIndex,
} from './evaluate';
import { createTemplateScope } from './template-scope';
import {
  type ArmObject,
  type ArmValue,
  emptyObject,
  getProperty,
  isArmObject,
  isPlaceholder,
  placeholder,
  placeholderText,
} from './values';

export interface ExpandOptions {
  file: string;
  parameterValues?: ReadonlyMap<string, ArmValue>;
  scope: DeploymentScope;
  budget: EvalBudget;
}

export interface ExpandResult {
  resources: AzureResource[];
  warnings: ImportWarning[];
  /** Linked templates and registry modules that were not followed. */
  unresolvedDeployments: number;
}

/** Deepest chain of nested deployments followed. */
const MAX_NESTING = 10;
/** Most resources read from one file (ARM itself allows 800 per template). */
export const MAX_RESOURCES_PER_FILE = 50_000;

interface Frame {
  ctx: ArmScope;
  template: ArmObject;
  basePath: string;
  depth: number;
}

export function expandTemplate(template: ArmObject, options: ExpandOptions): ExpandResult {
  const out: ExpandResult = { resources: [], warnings: [], unresolvedDeployments: 0 };
  const warn = (path: string, message: string) => {
    if (out.warnings.length < 2000) out.warnings.push({ file: options.file, path, message });
  };
  const ctx = createTemplateScope({
    template,
    parameterValues: options.parameterValues,
    scope: options.scope,
    budget: options.budget,
    basePath: '$',
    warn,
  });
  try {
    expandFrame({ ctx, template, basePath: '$', depth: 0 }, options, out, warn);
  } catch (e) {
    if (!(e instanceof ArmBudgetError || e instanceof RangeError)) throw e;
    warn(
      '$',
      `Evaluation stopped: ${e instanceof ArmBudgetError ? e.message : 'the template nests too deeply'}. The resources read so far are kept.`,
    );
  }
  return out;
}

interface Declaration {
  decl: ArmObject;
  path: string;
  symbol?: string;
}

function declarations(raw: ArmValue | undefined, basePath: string): Declaration[] {
  if (Array.isArray(raw))
    return raw.flatMap((d, i) => (isArmObject(d) ? [{ decl: d, path: `${basePath}[${i}]` }] : []));
  // languageVersion 2.0: resources keyed by symbolic name.
  if (isArmObject(raw))
    return Object.entries(raw).flatMap(([symbol, d]) =>
      isArmObject(d) ? [{ decl: d, path: `${basePath}${pathKey(symbol)}`, symbol }] : [],
    );
  return [];
}

function expandFrame(
  frame: Frame,
  options: ExpandOptions,
  out: ExpandResult,
  warn: (p: string, m: string) => void,
): void {
  const symbols = new Map<string, { id: string; properties: ArmValue; existing: boolean }>();
  const ctx: ArmScope = { ...frame.ctx, symbolicResource: (name) => symbols.get(name) };
  const decls = declarations(getProperty(frame.template, 'resources'), `${frame.basePath}.resources`);
  for (const d of decls) expandDeclaration(d, ctx, undefined, frame, options, out, warn, symbols);
}

interface Parent {
  type: string;
  names: string[];
}

function expandDeclaration(
  d: Declaration,
  ctx: ArmScope,
  parent: Parent | undefined,
  frame: Frame,
  options: ExpandOptions,
  out: ExpandResult,
  warn: (p: string, m: string) => void,
  symbols: Map<string, { id: string; properties: ArmValue; existing: boolean }>,
): void {
  const copy = getProperty(d.decl, 'copy');
  if (isArmObject(copy)) {
    const nameValue = getProperty(copy, 'name');
    const loopName = typeof nameValue === 'string' ? nameValue : 'copy';
    const n = copyCount(getProperty(copy, 'count'), ctx, `${d.path}.copy.count`);
    for (let i = 0; i < n; i++)
      expandOne(d, withCopyIndex(ctx, loopName, i, true), parent, frame, options, out, warn, symbols);
    return;
  }
  expandOne(d, ctx, parent, frame, options, out, warn, symbols);
}

function text(v: ArmValue, fallback: string): string {
  if (typeof v === 'string') return v;
  if (isPlaceholder(v)) return placeholderText(v, 80);
  return fallback;
}

function expandOne(
  d: Declaration,
  ctx: ArmScope,
  parent: Parent | undefined,
  frame: Frame,
  options: ExpandOptions,
  out: ExpandResult,
  warn: (p: string, m: string) => void,
  symbols: Map<string, { id: string; properties: ArmValue; existing: boolean }>,
): void {
  step(ctx.budget, 10);
  if (out.resources.length >= MAX_RESOURCES_PER_FILE) {
    warn(d.path, `More than ${MAX_RESOURCES_PER_FILE} resources: the rest of the file was not read.`);
    throw new ArmBudgetError('the resource limit was reached');
  }
  const condition = getProperty(d.decl, 'condition');
  if (condition !== undefined) {
    const c =
      typeof condition === 'string' ? evaluateString(condition, ctx, `${d.path}.condition`) : condition;
    if (c === false) return;
    if (isPlaceholder(c))
      warn(
        `${d.path}.condition`,
        `The condition is not known offline (${c.reason}); the resource is imported as if it were true.`,
      );
  }
  const rawType = evaluateValue(getProperty(d.decl, 'type') ?? '', ctx, `${d.path}.type`).value;
  let type = text(rawType, '');
  if (!type) {
    warn(`${d.path}.type`, 'A resource without a type that can be read was not imported.');
    return;
  }
  if (parent && !type.includes('/')) type = `${parent.type}/${type}`;
  const rawName = evaluateValue(getProperty(d.decl, 'name') ?? '', ctx, `${d.path}.name`).value;
  let names = text(rawName, 'unnamed').split('/');
  if (parent && names.length === 1) names = [...parent.names, ...names];
  const existing = getProperty(d.decl, 'existing') === true;

  // A resource may name its own resource group or subscription (existing references, deployments).
  const scope = scopeFor(d.decl, ctx, d.path);
  const typeSegments = type.split('/').length - 1;
  if (names.length !== typeSegments) {
    warn(
      `${d.path}.name`,
      `The name "${names.join('/')}" does not match the type ${type} (one name per type segment).`,
    );
  }
  const id = resourceIdFor(resourceGroupScope(scope.subscriptionId, scope.resourceGroup), type, names);

  if (type.toLowerCase() === 'microsoft.resources/deployments') {
    expandDeployment(d, ctx, scope, id, frame, options, out, warn);
    return;
  }
  const properties = existing
    ? emptyObject()
    : evaluateValue(getProperty(d.decl, 'properties') ?? emptyObject(), ctx, `${d.path}.properties`).value;
  const resource: AzureResource = {
    id,
    type,
    name: names[names.length - 1] ?? 'unnamed',
    location: existing ? undefined : optionalValue(d.decl, 'location', ctx, d.path),
    kind: optionalValue(d.decl, 'kind', ctx, d.path),
    sku: existing ? undefined : optionalValue(d.decl, 'sku', ctx, d.path),
    properties: isArmObject(properties) ? properties : emptyObject(),
    existing,
    source: { file: options.file, path: d.path },
  };
  out.resources.push(resource);
  if (d.symbol) symbols.set(d.symbol, { id, properties: resource.properties, existing });
  const children = declarations(getProperty(d.decl, 'resources'), `${d.path}.resources`);
  for (const c of children) expandDeclaration(c, ctx, { type, names }, frame, options, out, warn, symbols);
}

function optionalValue(decl: ArmObject, key: string, ctx: ArmScope, path: string): ArmValue | undefined {
  const v = getProperty(decl, key);
  return v === undefined ? undefined : evaluateValue(v, ctx, `${path}.${key}`).value;
}

function scopeFor(decl: ArmObject, ctx: ArmScope, path: string): DeploymentScope {
  const rg = optionalValue(decl, 'resourceGroup', ctx, path);
  const sub = optionalValue(decl, 'subscriptionId', ctx, path);
  return {
    ...ctx.scope,
    ...(typeof rg === 'string' ? { resourceGroup: rg } : {}),
    ...(typeof sub === 'string' ? { subscriptionId: sub } : {}),
  };
}

/**
 * A nested deployment: an inline template is expanded in its own scope (`inner`: its own parameters,
 * given by the deployment's `parameters`) or in the parent's (`outer`, the default).
 */
function expandDeployment(
  d: Declaration,
  ctx: ArmScope,
  scope: DeploymentScope,
  id: string,
  frame: Frame,
  options: ExpandOptions,
  out: ExpandResult,
  warn: (p: string, m: string) => void,
): void {
  const props = getProperty(d.decl, 'properties');
  const template = isArmObject(props) ? getProperty(props, 'template') : undefined;
  if (!isArmObject(props) || !isArmObject(template)) {
    out.unresolvedDeployments++;
    const link = isArmObject(props) ? getProperty(props, 'templateLink') : undefined;
    warn(
      `${d.path}.properties`,
      `The deployment ${id.split('/').pop()} uses ${link !== undefined ? 'a linked template or registry module' : 'no inline template'}, which can't be read offline; its resources are not imported.`,
    );
    return;
  }
  if (frame.depth >= MAX_NESTING) {
    warn(d.path, `Nested deployments deeper than ${MAX_NESTING} levels were not read.`);
    return;
  }
  const innerScope =
    String(
      getProperty(
        (getProperty(props, 'expressionEvaluationOptions') as ArmObject) ?? emptyObject(),
        'scope',
      ) ?? 'outer',
    ).toLowerCase() === 'inner';
  const basePath = `${d.path}.properties.template`;
  const deploymentName = id.split('/').pop() ?? 'deployment';
  const childScope: DeploymentScope = { ...scope, deploymentName };
  let childCtx: ArmScope;
  if (innerScope) {
    const given = new Map<string, ArmValue>();
    const params = getProperty(props, 'parameters');
    if (isArmObject(params)) {
      for (const [k, v] of Object.entries(params)) {
        if (!isArmObject(v)) continue;
        const value = getProperty(v, 'value');
        if (value !== undefined)
          given.set(k, evaluateValue(value, ctx, `${d.path}.properties.parameters${pathKey(k)}.value`).value);
        else if (getProperty(v, 'reference') !== undefined)
          given.set(k, placeholder(`parameters('${k}') (a Key Vault reference)`));
      }
    }
    childCtx = createTemplateScope({
      template,
      parameterValues: given,
      scope: childScope,
      budget: ctx.budget,
      basePath,
      warn,
    });
  } else {
    childCtx = { ...ctx, scope: childScope };
  }
  expandFrame({ ctx: childCtx, template, basePath, depth: frame.depth + 1 }, options, out, warn);
}
