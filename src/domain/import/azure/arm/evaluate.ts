/**
 * Evaluates ARM template expressions against a scope (parameters, variables, copy indexes, lambda
 * variables, the deployment's subscription and resource group). Pure: no `eval`, no I/O. Everything
 * that can't be known offline becomes a placeholder; every failure becomes a warning with its JSON path.
 */
import { ArmBudgetError, ArmEvalError } from './errors';
import {
  type ArmNode,
  ArmSyntaxError,
  classifyTemplateString,
  formatArmNode,
  parseArmExpression,
} from './expression-parser';
import { ARM_FUNCTIONS, LAZY_FUNCTIONS } from './functions';
import {
  type ArmObject,
  type ArmValue,
  emptyObject,
  getProperty,
  isArmObject,
  isLambda,
  isPlaceholder,
  placeholder,
} from './values';

export { ArmBudgetError, ArmEvalError };

export interface ArmWarning {
  /** JSON path inside the file, e.g. `$.resources[2].properties.addressSpace`. */
  path: string;
  message: string;
}

/** Where the deployment runs; resource ids and `resourceGroup()` / `subscription()` read it. */
export interface DeploymentScope {
  subscriptionId: string;
  resourceGroup: string;
  /** `resourceGroup().location`; unknown offline unless the user gives it. */
  location?: string;
  tenantId?: string;
  deploymentName: string;
}

export interface UserFunction {
  params: string[];
  output: ArmValue;
}

/** Caps shared by one import: evaluation steps, and the largest string or array a function may build. */
export interface EvalBudget {
  steps: number;
  readonly maxSteps: number;
}

export const MAX_EVAL_STEPS = 5_000_000;
export const MAX_BUILT_LENGTH = 1_000_000;
export const MAX_RANGE = 10_000;

export function createBudget(maxSteps = MAX_EVAL_STEPS): EvalBudget {
  return { steps: 0, maxSteps };
}

export interface ArmScope {
  readonly scope: DeploymentScope;
  readonly budget: EvalBudget;
  /** A parameter's value; undefined when the template declares no such parameter. */
  parameter(name: string): ArmValue | undefined;
  variable(name: string): ArmValue | undefined;
  /** Current index of the named copy loop (or the innermost when no name). */
  copyIndex(name?: string): number | undefined;
  lambdaVariable(name: string): ArmValue | undefined;
  userFunction(name: string): UserFunction | undefined;
  /** A symbolic resource (languageVersion 2.0) for `reference('name')` and `resourceInfo('name')`. */
  symbolicResource?(name: string): { id: string; properties: ArmValue; existing: boolean } | undefined;
  warn(path: string, message: string): void;
  /**
   * Set when this template's text went through one evaluation pass in another scope (a template nested
   * in an outer-scope deployment): plain `[...]` strings belong to that scope, `[[...]` ones to this one.
   * https://learn.microsoft.com/azure/azure-resource-manager/templates/linked-templates#expression-evaluation-scope-in-nested-templates
   */
  passCtx?: ArmScope;
}

/** A scope with lambda variables bound (for `map`, `filter`, ...) or function parameters. */
export function withLambdaVariables(outer: ArmScope, vars: ReadonlyMap<string, ArmValue>): ArmScope {
  // Scope methods never use `this`, so a spread copy is enough (and cheap inside loops).
  return {
    ...outer,
    lambdaVariable: (name) => (vars.has(name) ? vars.get(name) : outer.lambdaVariable(name)),
  };
}

export function step(budget: EvalBudget, n = 1): void {
  budget.steps += n;
  if (budget.steps > budget.maxSteps) throw new ArmBudgetError('the evaluation step limit was reached');
}

/** Evaluates one parsed expression. Throws ArmEvalError/ArmBudgetError; `evaluateString` catches. */
export function evaluateNode(node: ArmNode, ctx: ArmScope): ArmValue {
  step(ctx.budget);
  switch (node.type) {
    case 'string':
      return node.value;
    case 'number':
      return node.value;
    case 'property': {
      const target = evaluateNode(node.target, ctx);
      return access(target, node.name, node);
    }
    case 'index': {
      const target = evaluateNode(node.target, ctx);
      const index = evaluateNode(node.index, ctx);
      if (isPlaceholder(index)) return placeholder(formatArmNode(node));
      if (typeof index === 'number' || typeof index === 'string') return access(target, index, node);
      throw new ArmEvalError(`cannot index with a ${typeof index}`);
    }
    case 'call': {
      const name = node.name.toLowerCase();
      const lazy = LAZY_FUNCTIONS[name];
      if (lazy) return lazy(node.args, ctx, node);
      const fn = ARM_FUNCTIONS[name];
      const user = fn ? undefined : ctx.userFunction(node.name);
      if (!fn && !user) {
        if (name.startsWith('list')) return placeholder(`${formatArmNode(node)} (a secret or runtime list)`);
        throw new ArmEvalError(`the function "${node.name}" is not supported`);
      }
      const args = node.args.map((a) => evaluateNode(a, ctx));
      // Work grows with the size of the arguments: charge it, so large values can't run unbounded.
      step(
        ctx.budget,
        args.reduce<number>((n, a) => n + sizeOf(a), 0),
      );
      if (user) return callUserFunction(user, args, ctx, node);
      if (!PLACEHOLDER_AWARE.has(name) && args.some(isPlaceholder)) return placeholder(formatArmNode(node));
      return (fn as NonNullable<typeof fn>)(args, ctx, node);
    }
  }
}

function sizeOf(v: ArmValue): number {
  if (typeof v === 'string') return v.length >> 6;
  if (Array.isArray(v)) return v.length;
  if (isArmObject(v)) return Object.keys(v).length;
  return 0;
}

/** Functions that build containers: a placeholder argument stays inside the result instead of swallowing it. */
const PLACEHOLDER_AWARE = new Set([
  'createarray',
  'createobject',
  'coalesce',
  'concat',
  'union',
  'length',
  'empty',
  'json',
  'string',
  'tryget',
  'first',
  'last',
  'skip',
  'take',
  'contains',
]);

function access(target: ArmValue, key: string | number, node: ArmNode): ArmValue {
  if (isPlaceholder(target)) return placeholder(formatArmNode(node));
  if (Array.isArray(target)) {
    if (typeof key !== 'number' || !Number.isInteger(key))
      throw new ArmEvalError('an array needs a whole-number index');
    if (key < 0 || key >= target.length)
      throw new ArmEvalError(`index ${key} is out of range (length ${target.length})`);
    return target[key] as ArmValue;
  }
  if (isArmObject(target)) {
    const v = getProperty(target, String(key));
    if (v === undefined) throw new ArmEvalError(`the object has no property "${key}"`);
    return v;
  }
  throw new ArmEvalError(`cannot read "${key}" of ${target === null ? 'null' : typeof target}`);
}

function callUserFunction(fn: UserFunction, args: ArmValue[], ctx: ArmScope, node: ArmNode): ArmValue {
  const bound = new Map<string, ArmValue>();
  fn.params.forEach((p, i) => {
    bound.set(p, args[i] ?? null);
  });
  // Inside a user-defined function, parameters() reads the function's own parameters.
  const inner: ArmScope = {
    ...withLambdaVariables(ctx, new Map()),
    parameter: (name) => (bound.has(name) ? bound.get(name) : undefined),
    variable: () => undefined,
  };
  try {
    return evaluateValue(fn.output, inner, '$').value;
  } catch (e) {
    if (e instanceof ArmBudgetError) throw e;
    return placeholder(formatArmNode(node));
  }
}

export interface Evaluated {
  value: ArmValue;
}

/**
 * Evaluates a template string: literals (with `[[` escapes) stay text, expressions are evaluated. Never
 * throws except on budget exhaustion, which the importer catches once per file.
 */
export function evaluateString(s: string, ctx: ArmScope, path: string): ArmValue {
  if (ctx.passCtx) {
    const own: ArmScope = { ...ctx, passCtx: undefined };
    if (s.startsWith('[[')) return evaluateString(s.slice(1), own, path);
    return evaluateString(s, { ...ctx.passCtx, warn: ctx.warn }, path);
  }
  const c = classifyTemplateString(s);
  if (c.kind === 'literal') return c.value;
  let node: ArmNode;
  try {
    node = parseCached(c.text);
  } catch (e) {
    ctx.warn(path, `the expression "${clip(s)}" does not parse (${(e as Error).message}).`);
    return placeholder(clip(c.text));
  }
  try {
    const v = evaluateNode(node, ctx);
    if (isLambda(v)) throw new ArmEvalError('a lambda is not a value');
    return v;
  } catch (e) {
    if (e instanceof ArmBudgetError) throw e;
    if (e instanceof RangeError) {
      ctx.warn(path, `"${clip(s)}" is too deep to evaluate.`);
      return placeholder(clip(c.text));
    }
    ctx.warn(path, `"${clip(s)}" could not be evaluated (${(e as Error).message}).`);
    return placeholder(clip(c.text));
  }
}

/** Parsed expressions by text: copy loops evaluate the same strings hundreds of times. */
const parsed = new Map<string, ArmNode | ArmSyntaxError>();

function parseCached(text: string): ArmNode {
  let hit = parsed.get(text);
  if (hit === undefined) {
    try {
      hit = parseArmExpression(text);
    } catch (e) {
      if (!(e instanceof ArmSyntaxError)) throw e;
      hit = e;
    }
    if (parsed.size >= 20_000) parsed.clear();
    parsed.set(text, hit);
  }
  if (hit instanceof ArmSyntaxError) throw hit;
  return hit;
}

function clip(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}

/**
 * Evaluates every string of a JSON value, expanding property copy loops (`"copy": [{ name, count, input }]`
 * inside an object). Returns the value with placeholders where needed.
 */
export function evaluateValue(value: ArmValue, ctx: ArmScope, path: string, depth = 0): Evaluated {
  return { value: evalDeep(value, ctx, path, depth) };
}

const MAX_VALUE_DEPTH = 100;

function evalDeep(value: ArmValue, ctx: ArmScope, path: string, depth: number): ArmValue {
  step(ctx.budget);
  if (depth > MAX_VALUE_DEPTH) {
    ctx.warn(path, `the value nests too deeply.`);
    return placeholder('value nested too deeply');
  }
  if (typeof value === 'string') return evaluateString(value, ctx, path);
  if (Array.isArray(value)) return value.map((v, i) => evalDeep(v, ctx, `${path}[${i}]`, depth + 1));
  if (!isArmObject(value)) return value;
  const out = emptyObject();
  for (const [k, v] of Object.entries(value)) {
    if (k.toLowerCase() === 'copy' && Array.isArray(v) && v.every(isCopySpec)) {
      v.forEach((spec, i) => {
        expandPropertyCopy(spec as ArmObject, ctx, `${path}.copy[${i}]`, depth, out);
      });
      continue;
    }
    out[k] = evalDeep(v, ctx, `${path}${pathKey(k)}`, depth + 1);
  }
  return out;
}

export function pathKey(k: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
}

function isCopySpec(v: ArmValue): boolean {
  return isArmObject(v) && getProperty(v, 'name') !== undefined && getProperty(v, 'input') !== undefined;
}

/** The largest copy loop ARM deploys. https://learn.microsoft.com/azure/azure-resource-manager/templates/copy-properties */
export const MAX_COPY_COUNT = 800;

/** A copy loop's count, clamped to ARM's limit; a placeholder count yields 0 iterations and a warning. */
export function copyCount(raw: ArmValue | undefined, ctx: ArmScope, path: string): number {
  const count = raw === undefined ? 0 : typeof raw === 'string' ? evaluateString(raw, ctx, path) : raw;
  if (typeof count !== 'number' || !Number.isFinite(count)) {
    ctx.warn(path, `the copy count is not known offline; the loop was not expanded.`);
    return 0;
  }
  const n = Math.max(0, Math.floor(count));
  if (n > MAX_COPY_COUNT) {
    ctx.warn(
      path,
      `a copy count of ${n} exceeds ARM's limit of ${MAX_COPY_COUNT}; only ${MAX_COPY_COUNT} were read.`,
    );
    return MAX_COPY_COUNT;
  }
  return n;
}

/**
 * A scope in which copyIndex(name) reads `index`. A resource loop also answers copyIndex() without a
 * name; property and variable loops must be named (there, copyIndex() still means the resource's loop).
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/copy-properties
 */
export function withCopyIndex(ctx: ArmScope, name: string, index: number, answersUnnamed = false): ArmScope {
  const loop = name.toLowerCase();
  return {
    ...ctx,
    passCtx: ctx.passCtx ? withCopyIndex(ctx.passCtx, name, index, answersUnnamed) : undefined,
    copyIndex: (n) =>
      (n === undefined && answersUnnamed) || (n !== undefined && n.toLowerCase() === loop)
        ? index
        : ctx.copyIndex(n),
  };
}

function expandPropertyCopy(
  spec: ArmObject,
  ctx: ArmScope,
  path: string,
  depth: number,
  out: ArmObject,
): void {
  const nameValue = evalDeep(getProperty(spec, 'name') ?? '', ctx, `${path}.name`, depth + 1);
  if (typeof nameValue !== 'string') {
    ctx.warn(path, `a copy loop's name is not known offline; the loop was not expanded.`);
    return;
  }
  const n = copyCount(getProperty(spec, 'count'), ctx, `${path}.count`);
  const input = getProperty(spec, 'input') ?? null;
  const items: ArmValue[] = [];
  for (let i = 0; i < n; i++) {
    items.push(evalDeep(input, withCopyIndex(ctx, nameValue, i), `${path}.input`, depth + 1));
  }
  out[nameValue] = items;
}

/** The scope of a plain object of values for tests and simple callers. */
export function simpleScope(
  options: {
    parameters?: Record<string, ArmValue>;
    variables?: Record<string, ArmValue>;
    scope?: Partial<DeploymentScope>;
    warnings?: string[];
  } = {},
): ArmScope {
  const params = options.parameters ?? {};
  const vars = options.variables ?? {};
  return {
    scope: {
      subscriptionId: '00000000-0000-0000-0000-000000000000',
      resourceGroup: 'resource-group',
      deploymentName: 'deployment',
      ...options.scope,
    },
    budget: createBudget(),
    parameter: (n) => (Object.hasOwn(params, n) ? params[n] : undefined),
    variable: (n) => (Object.hasOwn(vars, n) ? vars[n] : undefined),
    copyIndex: () => undefined,
    lambdaVariable: () => undefined,
    userFunction: () => undefined,
    warn: (path, m) => {
      options.warnings?.push(`${path}: ${m}`);
    },
  };
}

/** Evaluates `"[...]"` text in a simple scope: a convenience for tests and documentation examples. */
export function evaluateExpressionText(text: string, ctx: ArmScope = simpleScope()): ArmValue {
  return evaluateString(text, ctx, '$');
}

export type { ArmObject };
