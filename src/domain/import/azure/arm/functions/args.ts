/** Argument checks shared by the template functions: a wrong type is a typed evaluation error. */
import { ArmEvalError } from '../errors';
import type { ArmScope } from '../evaluate';
import type { ArmNode } from '../expression-parser';
import { type ArmObject, type ArmValue, isArmObject, typeOf } from '../values';

export type ArmFunction = (args: ArmValue[], ctx: ArmScope, node: ArmNode) => ArmValue;
export type LazyArmFunction = (args: ArmNode[], ctx: ArmScope, node: ArmNode) => ArmValue;

export function arity(name: string, args: readonly unknown[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected =
      min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min} to ${max}`;
    throw new ArmEvalError(`${name}() takes ${expected} argument(s), not ${args.length}`);
  }
}

export function str(name: string, v: ArmValue | undefined): string {
  if (typeof v !== 'string')
    throw new ArmEvalError(`${name}() expects a string, not ${v === undefined ? 'nothing' : typeOf(v)}`);
  return v;
}

export function int(name: string, v: ArmValue | undefined): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new ArmEvalError(`${name}() expects an integer, not ${v === undefined ? 'nothing' : typeOf(v)}`);
  return Math.trunc(v);
}

export function num(name: string, v: ArmValue | undefined): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new ArmEvalError(`${name}() expects a number, not ${v === undefined ? 'nothing' : typeOf(v)}`);
  return v;
}

export function arr(name: string, v: ArmValue | undefined): ArmValue[] {
  if (!Array.isArray(v))
    throw new ArmEvalError(`${name}() expects an array, not ${v === undefined ? 'nothing' : typeOf(v)}`);
  return v;
}

export function obj(name: string, v: ArmValue | undefined): ArmObject {
  if (!isArmObject(v))
    throw new ArmEvalError(`${name}() expects an object, not ${v === undefined ? 'nothing' : typeOf(v)}`);
  return v;
}

export function bool(name: string, v: ArmValue | undefined): boolean {
  if (typeof v !== 'boolean')
    throw new ArmEvalError(`${name}() expects a boolean, not ${v === undefined ? 'nothing' : typeOf(v)}`);
  return v;
}
