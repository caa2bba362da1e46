/**
 * An ARM template's resources, as deployed: conditions, resource copy loops, child resources nested in
 * their parent, `languageVersion` 2.0 symbolic names (resolved on demand, so `reference('name')` works
 * whatever the declaration order) and `existing` references, and nested deployments with inline
 * templates in inner or outer expression scope, whose outputs `reference()` can read. Linked templates
 * and registry modules can't be read offline: they are reported, not followed.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/linked-templates
 */
import type { AzureResource, ImportWarning } from '../azure-resource';
import { idKey, resourceGroupScope, resourceIdFor } from '../resource-id';
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
/** Most resources read from one file. */
export const MAX_RESOURCES_PER_FILE = 50_000;

interface Declaration {
  decl: ArmObject;
  path: string;
  symbol?: string;
}

interface Parent {
  type: string;
  names: string[];
}

type SymbolInfo = { id: string; properties: ArmValue; existing: boolean };

/** One template (the file's, or a nested deployment's) and what its resources resolved to. */
interface Frame {
  ctx: ArmScope;
  depth: number;
  bySymbol: Map<string, Declaration>;
  /** Symbols (and `symbol[i]` for loops) and deployment ids, once expanded. */
  resolved: Map<string, SymbolInfo>;
  state: Map<string, 'busy' | 'done'>;
}

export function expandTemplate(template: ArmObject, options: ExpandOptions): ExpandResult {
  return new Expander(options).run(template);
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

function text(v: ArmValue, fallback: string): string {
  if (typeof v === 'string') return v;
  if (isPlaceholder(v)) return placeholderText(v, 80);
  return fallback;
}

class Expander {
  private readonly out: ExpandResult = { resources: [], warnings: [], unresolvedDeployments: 0 };

  constructor(private readonly options: ExpandOptions) {}

  readonly warn = (path: string, message: string): void => {
    if (this.out.warnings.length < 2000) this.out.warnings.push({ file: this.options.file, path, message });
  };

  run(template: ArmObject): ExpandResult {
    const ctx = createTemplateScope({
      template,
      parameterValues: this.options.parameterValues,
      scope: this.options.scope,
      budget: this.options.budget,
      basePath: '$',
      warn: this.warn,
    });
    try {
      this.expandFrame(ctx, template, '$', 0);
    } catch (e) {
      if (!(e instanceof ArmBudgetError || e instanceof RangeError)) throw e;
      const why = e instanceof ArmBudgetError ? e.message : 'the template nests too deeply';
      this.warn('$', `Evaluation stopped: ${why}. The resources read so far are kept.`);
    }
    return this.out;
  }

  /** Expands a template's resources; returns its evaluated outputs (for `reference(...).outputs`). */
  private expandFrame(outerCtx: ArmScope, template: ArmObject, basePath: string, depth: number): ArmObject {
    const decls = declarations(getProperty(template, 'resources'), `${basePath}.resources`);
    const frame: Frame = {
      ctx: outerCtx,
      depth,
      bySymbol: new Map(decls.flatMap((d) => (d.symbol ? [[d.symbol, d] as const] : []))),
      resolved: new Map(),
      state: new Map(),
    };
    frame.ctx = {
      ...outerCtx,
      symbolicResource: (name) => this.resolveSymbol(frame, name),
    };
    for (const d of decls) {
      if (d.symbol && frame.state.has(d.symbol)) continue;
      if (d.symbol) frame.state.set(d.symbol, 'busy');
      this.expandDeclaration(d, frame.ctx, undefined, frame);
      if (d.symbol) frame.state.set(d.symbol, 'done');
    }
    return this.outputsOf(template, frame.ctx, basePath);
  }

  /** `reference('name')` of a symbol declared later: expand it first (once; cycles give a placeholder). */
  private resolveSymbol(frame: Frame, name: string): SymbolInfo | undefined {
    const known = frame.resolved.get(name) ?? frame.resolved.get(idKey(name));
    if (known) return known;
    const base = name.replace(/\[\d+\]$/, '');
    const d = frame.bySymbol.get(base);
    if (!d || frame.state.has(base)) return undefined;
    frame.state.set(base, 'busy');
    this.expandDeclaration(d, frame.ctx, undefined, frame);
    frame.state.set(base, 'done');
    return frame.resolved.get(name);
  }

  private outputsOf(template: ArmObject, ctx: ArmScope, basePath: string): ArmObject {
    const outputs = emptyObject();
    const raw = getProperty(template, 'outputs');
    if (!isArmObject(raw)) return outputs;
    for (const [name, o] of Object.entries(raw)) {
      if (!isArmObject(o)) continue;
      const path = `${basePath}.outputs${pathKey(name)}`;
      const value = getProperty(o, 'value');
      // Outputs are evaluated only when read, and quietly: an output nobody imports shouldn't warn.
      const quiet: ArmScope = { ...ctx, warn: () => {} };
      const evaluated = value === undefined ? null : evaluateValue(value, quiet, `${path}.value`).value;
      outputs[name] = Object.assign(emptyObject(), {
        type: getProperty(o, 'type') ?? 'string',
        value: evaluated,
      });
    }
    return outputs;
  }

  private expandDeclaration(d: Declaration, ctx: ArmScope, parent: Parent | undefined, frame: Frame): void {
    const copy = getProperty(d.decl, 'copy');
    if (isArmObject(copy)) {
      const nameValue = getProperty(copy, 'name');
      const loopName = typeof nameValue === 'string' ? nameValue : 'copy';
      const n = copyCount(getProperty(copy, 'count'), ctx, `${d.path}.copy.count`);
      for (let i = 0; i < n; i++) this.expandOne(d, withCopyIndex(ctx, loopName, i, true), parent, frame, i);
      return;
    }
    this.expandOne(d, ctx, parent, frame, undefined);
  }

  private optional(decl: ArmObject, key: string, ctx: ArmScope, path: string): ArmValue | undefined {
    const v = getProperty(decl, key);
    return v === undefined ? undefined : evaluateValue(v, ctx, `${path}.${key}`).value;
  }

  private expandOne(
    d: Declaration,
    ctx: ArmScope,
    parent: Parent | undefined,
    frame: Frame,
    index: number | undefined,
  ): void {
    step(ctx.budget, 10);
    if (this.out.resources.length >= MAX_RESOURCES_PER_FILE) {
      this.warn(d.path, `More than ${MAX_RESOURCES_PER_FILE} resources: the rest of the file was not read.`);
      throw new ArmBudgetError('the resource limit was reached');
    }
    const condition = getProperty(d.decl, 'condition');
    if (condition !== undefined) {
      const c =
        typeof condition === 'string' ? evaluateString(condition, ctx, `${d.path}.condition`) : condition;
      if (c === false) return;
      if (isPlaceholder(c))
        this.warn(
          `${d.path}.condition`,
          `The condition is not known offline (${c.reason}); the resource is imported as if it were true.`,
        );
    }
    let type = text(this.optional(d.decl, 'type', ctx, d.path) ?? '', '');
    if (!type) {
      this.warn(`${d.path}.type`, 'A resource without a type that can be read was not imported.');
      return;
    }
    if (parent && !type.includes('/')) type = `${parent.type}/${type}`;
    let names = text(this.optional(d.decl, 'name', ctx, d.path) ?? '', 'unnamed').split('/');
    if (parent && names.length === 1) names = [...parent.names, ...names];
    const existing = getProperty(d.decl, 'existing') === true;
    const rg = this.optional(d.decl, 'resourceGroup', ctx, d.path);
    const sub = this.optional(d.decl, 'subscriptionId', ctx, d.path);
    const scope: DeploymentScope = {
      ...ctx.scope,
      ...(typeof rg === 'string' ? { resourceGroup: rg } : {}),
      ...(typeof sub === 'string' ? { subscriptionId: sub } : {}),
    };
    if (names.length !== type.split('/').length - 1)
      this.warn(
        `${d.path}.name`,
        `The name "${names.join('/')}" does not match the type ${type} (one name per type segment).`,
      );
    const id = resourceIdFor(resourceGroupScope(scope.subscriptionId, scope.resourceGroup), type, names);
    const remember = (info: SymbolInfo) => {
      frame.resolved.set(idKey(id), info);
      if (d.symbol) frame.resolved.set(index === undefined ? d.symbol : `${d.symbol}[${index}]`, info);
    };

    if (type.toLowerCase() === 'microsoft.resources/deployments') {
      const outputs = this.expandDeployment(d, ctx, scope, id, frame);
      remember({ id, properties: Object.assign(emptyObject(), { outputs }), existing: false });
      return;
    }
    let properties: ArmValue = emptyObject();
    if (!existing) {
      properties = evaluateValue(
        getProperty(d.decl, 'properties') ?? emptyObject(),
        ctx,
        `${d.path}.properties`,
      ).value;
      if (isPlaceholder(properties))
        this.warn(
          `${d.path}.properties`,
          `The properties of "${names.join('/')}" are not known offline (${properties.reason}).`,
        );
    }
    const resource: AzureResource = {
      id,
      type,
      name: names[names.length - 1] ?? 'unnamed',
      location: existing ? undefined : this.optional(d.decl, 'location', ctx, d.path),
      kind: this.optional(d.decl, 'kind', ctx, d.path),
      sku: existing ? undefined : this.optional(d.decl, 'sku', ctx, d.path),
      properties: isArmObject(properties) ? properties : emptyObject(),
      existing,
      source: { file: this.options.file, path: d.path },
    };
    this.out.resources.push(resource);
    remember({ id, properties: resource.properties, existing });
    for (const c of declarations(getProperty(d.decl, 'resources'), `${d.path}.resources`))
      this.expandDeclaration(c, ctx, { type, names }, frame);
  }

  /**
   * A nested deployment: an inline template is expanded in its own scope (`inner`: its own parameters,
   * given by the deployment's `parameters`) or in the parent's (`outer`, the default).
   */
  private expandDeployment(
    d: Declaration,
    ctx: ArmScope,
    scope: DeploymentScope,
    id: string,
    frame: Frame,
  ): ArmObject {
    const props = getProperty(d.decl, 'properties');
    const template = isArmObject(props) ? getProperty(props, 'template') : undefined;
    if (!isArmObject(props) || !isArmObject(template)) {
      this.out.unresolvedDeployments++;
      const link = isArmObject(props) ? getProperty(props, 'templateLink') : undefined;
      const what = link !== undefined ? 'a linked template or registry module' : 'no inline template';
      this.warn(
        `${d.path}.properties`,
        `The deployment ${id.split('/').pop()} uses ${what}, which can't be read offline; its resources are not imported.`,
      );
      return emptyObject();
    }
    if (frame.depth >= MAX_NESTING) {
      this.warn(d.path, `Nested deployments deeper than ${MAX_NESTING} levels were not read.`);
      return emptyObject();
    }
    const options = getProperty(props, 'expressionEvaluationOptions');
    const inner =
      isArmObject(options) && String(getProperty(options, 'scope') ?? '').toLowerCase() === 'inner';
    const basePath = `${d.path}.properties.template`;
    const childScope: DeploymentScope = { ...scope, deploymentName: id.split('/').pop() ?? 'deployment' };
    if (!inner) {
      // Outer scope: the parent evaluates this template's text; what it escaped with `[[` is left for the
      // nested deployment's own parameters and variables.
      const own = createTemplateScope({
        template,
        scope: childScope,
        budget: ctx.budget,
        basePath,
        warn: this.warn,
      });
      // In a chain of outer scopes, the outermost pass evaluates all of it.
      const passCtx: ArmScope = ctx.passCtx ?? { ...ctx, scope: childScope };
      return this.expandFrame({ ...own, passCtx }, template, basePath, frame.depth + 1);
    }
    const given = new Map<string, ArmValue>();
    const params = getProperty(props, 'parameters');
    if (isArmObject(params)) {
      for (const [k, v] of Object.entries(params)) {
        if (!isArmObject(v)) continue;
        const value = getProperty(v, 'value');
        const path = `${d.path}.properties.parameters${pathKey(k)}.value`;
        if (value !== undefined) given.set(k, evaluateValue(value, ctx, path).value);
        else if (getProperty(v, 'reference') !== undefined)
          given.set(k, placeholder(`parameters('${k}') (a Key Vault reference)`));
      }
    }
    const childCtx = createTemplateScope({
      template,
      parameterValues: given,
      scope: childScope,
      budget: ctx.budget,
      basePath,
      warn: this.warn,
    });
    // Inside an outer-scope template, this template's text went through the same pass as its parent's.
    const passCtx = ctx.passCtx;
    return this.expandFrame({ ...childCtx, passCtx }, template, basePath, frame.depth + 1);
  }
}
