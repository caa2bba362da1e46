/**
 * The evaluation scope of one template: its parameters (a given value, else the default, else a
 * placeholder), its variables (evaluated on first use, including variable copy loops), its user-defined
 * functions, and the deployment scope. Parameter values come from a parameters file or a parent deployment.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/parameters
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/variables
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/copy-variables
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/user-defined-functions
 */
import {
  type ArmScope,
  copyCount,
  type DeploymentScope,
  type EvalBudget,
  evaluateValue,
  pathKey,
  type UserFunction,
  withCopyIndex,
} from './evaluate';
import { type ArmObject, type ArmValue, getProperty, isArmObject, placeholder } from './values';

export interface TemplateScopeOptions {
  template: ArmObject;
  /** Values by parameter name (already evaluated), from a parameters file or a parent deployment. */
  parameterValues?: ReadonlyMap<string, ArmValue>;
  scope: DeploymentScope;
  budget: EvalBudget;
  /** JSON path of the template inside its file (`$` for a file, `$.resources[3].properties.template` nested). */
  basePath: string;
  warn(path: string, message: string): void;
}

const UNRESOLVED = Symbol('unresolved');
const IN_PROGRESS = Symbol('in-progress');

/** Keys compared case-insensitively, as ARM names parameters and variables. */
function lowerKeyed(o: ArmValue | undefined): Map<string, { key: string; value: ArmValue }> {
  const m = new Map<string, { key: string; value: ArmValue }>();
  if (isArmObject(o)) for (const [k, v] of Object.entries(o)) m.set(k.toLowerCase(), { key: k, value: v });
  return m;
}

export function createTemplateScope(options: TemplateScopeOptions): ArmScope {
  const { template, scope, budget, basePath, warn } = options;
  const paramDecls = lowerKeyed(getProperty(template, 'parameters'));
  const varDecls = lowerKeyed(getProperty(template, 'variables'));
  const given = new Map<string, ArmValue>();
  for (const [k, v] of options.parameterValues ?? []) given.set(k.toLowerCase(), v);
  const paramCache = new Map<string, ArmValue | typeof IN_PROGRESS>();
  const varCache = new Map<string, ArmValue | typeof IN_PROGRESS>();
  const functions = readUserFunctions(getProperty(template, 'functions'));

  // Variable copy loops declare variables too: { "copy": [{ "name": "x", "count": n, "input": ... }] }.
  const copyVars = new Map<string, { spec: ArmObject; path: string }>();
  const copyDecl = varDecls.get('copy');
  if (copyDecl && Array.isArray(copyDecl.value)) {
    varDecls.delete('copy');
    copyDecl.value.forEach((spec, i) => {
      const name = isArmObject(spec) ? getProperty(spec, 'name') : undefined;
      if (isArmObject(spec) && typeof name === 'string')
        copyVars.set(name.toLowerCase(), { spec, path: `${basePath}.variables.copy[${i}]` });
    });
  }

  const self: ArmScope = {
    scope,
    budget,
    warn,
    copyIndex: () => undefined,
    lambdaVariable: () => undefined,
    userFunction: (name) => functions.get(name.toLowerCase()),
    parameter(name) {
      const key = name.toLowerCase();
      const cached = paramCache.get(key);
      if (cached === IN_PROGRESS) return placeholder(`parameters('${name}') refers to itself`);
      if (cached !== undefined) return cached;
      const decl = paramDecls.get(key);
      if (!decl && !given.has(key)) return undefined;
      const path = `${basePath}.parameters${pathKey(decl?.key ?? name)}`;
      let value: ArmValue;
      const def = isArmObject(decl?.value) ? getProperty(decl.value, 'defaultValue') : undefined;
      // A null value given for a parameter with a default means "use the default", as ARM does.
      if (given.has(key) && !(given.get(key) === null && def !== undefined))
        value = given.get(key) as ArmValue;
      else {
        // languageVersion 2.0: a nullable parameter without a default is null.
        const nullable = isArmObject(decl?.value) && getProperty(decl.value, 'nullable') === true;
        if (def === undefined && nullable) value = null;
        else if (def === undefined) {
          warn(
            path,
            `the parameter "${decl?.key ?? name}" has no default and no value was given; it is a placeholder.`,
          );
          value = placeholder(`parameters('${decl?.key ?? name}')`);
        } else {
          paramCache.set(key, IN_PROGRESS);
          value = evaluateValue(def, self, `${path}.defaultValue`).value;
        }
      }
      paramCache.set(key, value);
      return value;
    },
    variable(name) {
      const key = name.toLowerCase();
      const cached = varCache.get(key);
      if (cached === IN_PROGRESS) {
        warn(`${basePath}.variables`, `the variable "${name}" refers to itself.`);
        return placeholder(`variables('${name}')`);
      }
      if (cached !== undefined) return cached;
      const decl = varDecls.get(key);
      const loop = copyVars.get(key);
      if (!decl && !loop) return undefined;
      varCache.set(key, IN_PROGRESS);
      let value: ArmValue;
      if (loop) {
        const n = copyCount(getProperty(loop.spec, 'count'), self, `${loop.path}.count`);
        const input = getProperty(loop.spec, 'input') ?? null;
        const items: ArmValue[] = [];
        for (let i = 0; i < n; i++)
          items.push(evaluateValue(input, withCopyIndex(self, name, i), `${loop.path}.input`).value);
        value = items;
      } else {
        value = evaluateValue(
          decl?.value ?? null,
          self,
          `${basePath}.variables${pathKey(decl?.key ?? name)}`,
        ).value;
      }
      varCache.set(key, value);
      return value;
    },
  };
  return self;
}

/** `functions: [{ namespace, members: { name: { parameters: [{ name }], output: { value } } } }]`. */
function readUserFunctions(raw: ArmValue | undefined): Map<string, UserFunction> {
  const out = new Map<string, UserFunction>();
  if (!Array.isArray(raw)) return out;
  for (const ns of raw) {
    if (!isArmObject(ns)) continue;
    const namespace = getProperty(ns, 'namespace');
    const members = getProperty(ns, 'members');
    if (typeof namespace !== 'string' || !isArmObject(members)) continue;
    for (const [name, def] of Object.entries(members)) {
      if (!isArmObject(def)) continue;
      const params = getProperty(def, 'parameters');
      const output = getProperty(def, 'output');
      out.set(`${namespace}.${name}`.toLowerCase(), {
        params: Array.isArray(params)
          ? params.flatMap((p) =>
              isArmObject(p) && typeof getProperty(p, 'name') === 'string'
                ? [getProperty(p, 'name') as string]
                : [],
            )
          : [],
        output: isArmObject(output) ? (getProperty(output, 'value') ?? null) : null,
      });
    }
  }
  return out;
}

/**
 * Parameter values from a parameters file (`{ "parameters": { "name": { "value": ... } } }`) or a nested
 * deployment's `parameters` property. Key Vault references can't be read offline: placeholders.
 */
export function readParameterValues(raw: ArmValue | undefined): Map<string, ArmValue> {
  const out = new Map<string, ArmValue>();
  const params =
    isArmObject(raw) && isArmObject(getProperty(raw, 'parameters')) ? getProperty(raw, 'parameters') : raw;
  if (!isArmObject(params)) return out;
  for (const [k, v] of Object.entries(params)) {
    if (!isArmObject(v)) continue;
    const value = getProperty(v, 'value');
    if (value !== undefined) out.set(k, value);
    else if (getProperty(v, 'reference') !== undefined)
      out.set(k, placeholder(`parameters('${k}') (a Key Vault reference)`));
  }
  return out;
}
