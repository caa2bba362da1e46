/**
 * Comparison, logical and numeric functions, and `if` (which evaluates only the branch it returns).
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-comparison
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-logical
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-numeric
 */
import { ArmEvalError } from '../errors';
import { evaluateNode } from '../evaluate';
import { formatArmNode } from '../expression-parser';
import { type ArmValue, deepEqual, isPlaceholder, placeholder } from '../values';
import { type ArmFunction, arity, arr, bool, int, type LazyArmFunction, num } from './args';

function compare(name: string, a: ArmValue | undefined, b: ArmValue | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new ArmEvalError(`${name}() compares two integers or two strings`);
}

function numbers(name: string, a: ArmValue[]): number[] {
  const items = a.length === 1 && Array.isArray(a[0]) ? a[0] : a;
  if (items.length === 0) throw new ArmEvalError(`${name}() needs values`);
  return items.map((x) => num(name, x));
}

export const logicFunctions: Record<string, ArmFunction> = {
  equals: (a) => (arity('equals', a, 2), deepEqual(a[0] as ArmValue, a[1] as ArmValue)),
  greater: (a) => (arity('greater', a, 2), compare('greater', a[0], a[1]) > 0),
  greaterorequals: (a) => (arity('greaterOrEquals', a, 2), compare('greaterOrEquals', a[0], a[1]) >= 0),
  less: (a) => (arity('less', a, 2), compare('less', a[0], a[1]) < 0),
  lessorequals: (a) => (arity('lessOrEquals', a, 2), compare('lessOrEquals', a[0], a[1]) <= 0),
  coalesce: (a) => {
    for (const x of a) {
      if (isPlaceholder(x)) return x;
      if (x !== null) return x;
    }
    return null;
  },
  not: (a) => (arity('not', a, 1), !bool('not', a[0])),
  bool: (a) => {
    arity('bool', a, 1);
    const v = a[0];
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return v !== 0;
    if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
    throw new ArmEvalError('bool() expects a boolean, an integer or "true"/"false"');
  },
  true: () => true,
  false: () => false,
  add: (a) => (arity('add', a, 2), int('add', a[0]) + int('add', a[1])),
  sub: (a) => (arity('sub', a, 2), int('sub', a[0]) - int('sub', a[1])),
  mul: (a) => (arity('mul', a, 2), int('mul', a[0]) * int('mul', a[1])),
  div: (a) => {
    arity('div', a, 2);
    const d = int('div', a[1]);
    if (d === 0) throw new ArmEvalError('div() by zero');
    return Math.trunc(int('div', a[0]) / d);
  },
  mod: (a) => {
    arity('mod', a, 2);
    const d = int('mod', a[1]);
    if (d === 0) throw new ArmEvalError('mod() by zero');
    return int('mod', a[0]) % d;
  },
  min: (a) => Math.min(...numbers('min', a)),
  max: (a) => Math.max(...numbers('max', a)),
  int: (a) => {
    arity('int', a, 1);
    const v = a[0];
    if (typeof v === 'number') return Math.trunc(v);
    if (typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
    throw new ArmEvalError('int() expects an integer or its text');
  },
  float: (a) => {
    arity('float', a, 1);
    const v = a[0];
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    throw new ArmEvalError('float() expects a number or its text');
  },
};

export const logicLazyFunctions: Record<string, LazyArmFunction> = {
  if: (args, ctx, node) => {
    arity('if', args, 3);
    const cond = evaluateNode(args[0] as never, ctx);
    if (isPlaceholder(cond)) return placeholder(formatArmNode(node));
    return evaluateNode((bool('if', cond) ? args[1] : args[2]) as never, ctx);
  },
  and: (args, ctx, node) => {
    arity('and', args, 2, Number.POSITIVE_INFINITY);
    let unknown = false;
    for (const a of args) {
      const v = evaluateNode(a, ctx);
      if (isPlaceholder(v)) unknown = true;
      else if (!bool('and', v)) return false;
    }
    return unknown ? placeholder(formatArmNode(node)) : true;
  },
  or: (args, ctx, node) => {
    arity('or', args, 2, Number.POSITIVE_INFINITY);
    let unknown = false;
    for (const a of args) {
      const v = evaluateNode(a, ctx);
      if (isPlaceholder(v)) unknown = true;
      else if (bool('or', v)) return true;
    }
    return unknown ? placeholder(formatArmNode(node)) : false;
  },
};

export { arr };
