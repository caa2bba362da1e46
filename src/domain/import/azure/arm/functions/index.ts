/** Every template function the evaluator implements, by lower-case name (ARM names are case-insensitive). */
import type { ArmFunction, LazyArmFunction } from './args';
import { cidrFunctions } from './cidr';
import { collectionFunctions } from './collections';
import { deploymentFunctions } from './deployment';
import { lambdaFunctions, lambdaLazyFunctions } from './lambda';
import { logicFunctions, logicLazyFunctions } from './logic';
import { stringFunctions } from './string';

export const ARM_FUNCTIONS: Readonly<Record<string, ArmFunction>> = Object.assign(
  Object.create(null) as Record<string, ArmFunction>,
  stringFunctions,
  collectionFunctions,
  logicFunctions,
  deploymentFunctions,
  cidrFunctions,
  lambdaFunctions,
);

export const LAZY_FUNCTIONS: Readonly<Record<string, LazyArmFunction>> = Object.assign(
  Object.create(null) as Record<string, LazyArmFunction>,
  logicLazyFunctions,
  lambdaLazyFunctions,
);
