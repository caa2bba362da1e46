/**
 * Lambda functions (`map`, `filter`, `reduce`, `sort`, `toObject`, `mapValues`, `groupBy`), which
 * compiled Bicep uses for `for` expressions over arrays and objects.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-lambda
 */
import { ArmEvalError } from '../errors';
import { type ArmScope, evaluateNode, withLambdaVariables } from '../evaluate';
import {
  type ArmValue,
  emptyObject,
  isLambda,
  isPlaceholder,
  type Lambda,
  lambda,
  placeholder,
} from '../values';
import { type ArmFunction, arity, arr, type LazyArmFunction, obj, str } from './args';
import { toArmString } from './string';

function fn(name: string, v: ArmValue | undefined): Lambda {
  if (!isLambda(v)) throw new ArmEvalError(`${name}() expects a lambda`);
  return v;
}

function call(l: Lambda, ctx: ArmScope, args: ArmValue[]): ArmValue {
  const vars = new Map<string, ArmValue>();
  l.params.forEach((p, i) => {
    vars.set(p, args[i] ?? null);
  });
  return evaluateNode(l.body, withLambdaVariables(ctx, vars));
}

export const lambdaLazyFunctions: Record<string, LazyArmFunction> = {
  lambda: (args, ctx) => {
    arity('lambda', args, 1, 10);
    const params = args.slice(0, -1).map((n) => str('lambda', evaluateNode(n, ctx)));
    return lambda(params, args[args.length - 1] as Lambda['body']);
  },
};

export const lambdaFunctions: Record<string, ArmFunction> = {
  map: (a, ctx) => {
    arity('map', a, 2);
    const l = fn('map', a[1]);
    return arr('map', a[0]).map((x, i) => call(l, ctx, [x, i]));
  },
  filter: (a, ctx) => {
    arity('filter', a, 2);
    const l = fn('filter', a[1]);
    const out: ArmValue[] = [];
    for (const [i, x] of arr('filter', a[0]).entries()) {
      const keep = call(l, ctx, [x, i]);
      if (isPlaceholder(keep)) return placeholder('filter() with an unknown condition');
      if (keep === true) out.push(x);
    }
    return out;
  },
  reduce: (a, ctx) => {
    arity('reduce', a, 3);
    const l = fn('reduce', a[2]);
    let acc = a[1] as ArmValue;
    for (const [i, x] of arr('reduce', a[0]).entries()) acc = call(l, ctx, [acc, x, i]);
    return acc;
  },
  sort: (a, ctx) => {
    arity('sort', a, 2);
    const l = fn('sort', a[1]);
    return [...arr('sort', a[0])].sort((x, y) =>
      call(l, ctx, [x, y]) === true ? -1 : call(l, ctx, [y, x]) === true ? 1 : 0,
    );
  },
  toobject: (a, ctx) => {
    arity('toObject', a, 2, 3);
    const key = fn('toObject', a[1]);
    const value = a[2] === undefined ? undefined : fn('toObject', a[2]);
    const out = emptyObject();
    for (const x of arr('toObject', a[0])) {
      const k = call(key, ctx, [x]);
      if (isPlaceholder(k)) return placeholder('toObject() with an unknown key');
      out[toArmString(k)] = value ? call(value, ctx, [x]) : x;
    }
    return out;
  },
  mapvalues: (a, ctx) => {
    arity('mapValues', a, 2);
    const l = fn('mapValues', a[1]);
    const out = emptyObject();
    for (const [k, v] of Object.entries(obj('mapValues', a[0]))) out[k] = call(l, ctx, [v]);
    return out;
  },
  groupby: (a, ctx) => {
    arity('groupBy', a, 2);
    const l = fn('groupBy', a[1]);
    const out = emptyObject();
    for (const x of arr('groupBy', a[0])) {
      const k = call(l, ctx, [x]);
      if (isPlaceholder(k)) return placeholder('groupBy() with an unknown key');
      const key = toArmString(k);
      const group = out[key];
      if (Array.isArray(group)) group.push(x);
      else out[key] = [x];
    }
    return out;
  },
};
