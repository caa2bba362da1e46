import type { Expr, ResourceTarget } from '../plan/expr';
import type { PlannedResource } from '../plan/types';

/** A string literal inside an ARM template expression: single quotes are doubled. */
export function armStringLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A JSON string value that ARM must take literally: a string that starts with `[` and ends with `]`
 * would be evaluated as an expression, so it gets the `[[` escape (as `bicep build` emits it).
 */
export function armLiteralString(value: string): string {
  return value.startsWith('[') && value.endsWith(']') ? `[${value}` : value;
}

/**
 * Looks up the template's resources by symbol (for resourceId() of a declared resource), and collects
 * the template variables that hold non-ASCII names.
 */
export interface ResourceLookup {
  (symbol: string): PlannedResource | undefined;
  /** Name text → variable name. */
  nameVariables: Map<string, string>;
  /** Name texts that `bicep decompile` would turn into the same identifier as another name text. */
  clashingNames: ReadonlySet<string>;
}

/** A lookup over resources, with no name variables yet. */
export function resourceLookup(resources: readonly PlannedResource[]): ResourceLookup {
  const bySymbol = new Map(resources.map((r) => [r.symbol, r]));
  return Object.assign((symbol: string) => bySymbol.get(symbol), {
    nameVariables: new Map<string, string>(),
    clashingNames: clashingNameTexts(resources),
  });
}

/**
 * The identifier `bicep decompile` derives from a name: every run of characters other than letters and
 * digits becomes `_`, and identifiers are compared ignoring case (Bicep's `UniqueNamingResolver`).
 */
function decompiledIdentifier(text: string): string {
  return text
    .replace(/[^\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Cf}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/**
 * Name texts that differ but read as one identifier once decompiled (`net(prod)`, `net-prod`, `NET_prod`):
 * with three such resources the decompiler runs out of names and fails, so they go through variables.
 */
function clashingNameTexts(resources: readonly PlannedResource[]): Set<string> {
  const textsByIdentifier = new Map<string, Set<string>>();
  for (const r of resources) {
    const e = r.name;
    const text = e.k === 'str' ? e.v : e.k === 'prefixed' ? e.base : undefined;
    if (text === undefined || text === '') continue;
    const key = decompiledIdentifier(text);
    const texts = textsByIdentifier.get(key);
    if (texts) texts.add(text);
    else textsByIdentifier.set(key, new Set([text]));
  }
  const clashing = new Set<string>();
  for (const texts of textsByIdentifier.values()) if (texts.size > 1) for (const t of texts) clashing.add(t);
  return clashing;
}

/**
 * `bicep decompile` names a resource's symbol after the text of its name, keeping non-ASCII letters that
 * Bicep identifiers cannot hold, and failing when too many names read as one identifier; such names
 * therefore go through a template variable, whose name the decompiler uses instead.
 */
function nameVariable(text: string, lookup: ResourceLookup): string | undefined {
  if (!/[^\x00-\x7f]/.test(text) && !lookup.clashingNames.has(text)) return undefined;
  let name = lookup.nameVariables.get(text);
  if (!name) {
    name = `resourceName${lookup.nameVariables.size + 1}`;
    lookup.nameVariables.set(text, name);
  }
  return `variables('${name}')`;
}

/** A resource name segment inside an expression. */
export function armNameSegment(e: Expr, lookup: ResourceLookup): string {
  return (e.k === 'str' && nameVariable(e.v, lookup)) || armExpression(e, lookup);
}

/** The segments of a declared resource's name, parent first. */
export function nameSegments(resource: PlannedResource, lookup: ResourceLookup): Expr[] {
  const parent = resource.parent ? lookup(resource.parent) : undefined;
  return parent ? [...nameSegments(parent, lookup), resource.name] : [resource.name];
}

/** An expression in ARM's template language (without the surrounding brackets). */
export function armExpression(e: Expr, lookup: ResourceLookup): string {
  switch (e.k) {
    case 'str':
      return armStringLiteral(e.v);
    case 'num':
      return String(e.v);
    case 'bool':
      return e.v ? 'true()' : 'false()';
    case 'prefixed':
      if (e.base === '') return "parameters('namePrefix')";
      const variable = nameVariable(e.base, lookup);
      if (variable) return `concat(parameters('namePrefix'), ${variable})`;
      // `bicep decompile` 0.49 crashes on a format() string with doubled braces: concat() instead
      if (/[{}]/.test(e.base)) return `concat(parameters('namePrefix'), ${armStringLiteral(e.base)})`;
      // what `bicep build` emits for '${namePrefix}name'
      return `format(${armStringLiteral(`{0}${e.base}`)}, parameters('namePrefix'))`;
    case 'param':
      return `parameters(${armStringLiteral(e.name)})`;
    case 'id':
      return resourceIdCall(e.target, lookup);
    case 'runtime': {
      const r = lookup(e.symbol);
      if (!r) throw new Error(`No resource "${e.symbol}" in the template.`);
      const id = resourceIdCall(
        {
          symbol: r.symbol,
          type: r.type,
          names: nameSegments(r, lookup),
          ...(r.scope ? { scope: r.scope } : {}),
        },
        lookup,
      );
      return `reference(${id}, ${armStringLiteral(r.apiVersion)}).${e.property}`;
    }
    case 'arr':
    case 'obj':
      throw new Error('Arrays and objects are rendered as JSON, not inside expressions.');
  }
}

function resourceIdCall(target: ResourceTarget, lookup: ResourceLookup): string {
  if (target.scope && target.symbol && lookup(target.symbol)?.existing) {
    // What `bicep build` writes for an `existing` resource with `scope: resourceGroup(sub, rg)`: the same id.
    const scope = `format('/subscriptions/{0}/resourceGroups/{1}', ${armStringLiteral(target.scope.subscriptionId)}, ${armStringLiteral(target.scope.resourceGroup)})`;
    const rest = [armStringLiteral(target.type), ...target.names.map((n) => armNameSegment(n, lookup))];
    return `extensionResourceId(${[scope, ...rest].join(', ')})`;
  }
  const args = [
    ...(target.scope
      ? [armStringLiteral(target.scope.subscriptionId), armStringLiteral(target.scope.resourceGroup)]
      : []),
    armStringLiteral(target.type),
    ...target.names.map((n) => armNameSegment(n, lookup)),
  ];
  return `resourceId(${args.join(', ')})`;
}

/** An expression as a JSON value: literals stay JSON, everything else becomes "[expression]". */
export function armValue(e: Expr, lookup: ResourceLookup): unknown {
  switch (e.k) {
    case 'str':
      return armLiteralString(e.v);
    case 'num':
    case 'bool':
      return e.v;
    case 'arr':
      return e.items.map((i) => armValue(i, lookup));
    case 'obj':
      return Object.fromEntries(e.entries.map(([k, v]) => [k, armValue(v, lookup)]));
    default:
      return `[${armExpression(e, lookup)}]`;
  }
}
