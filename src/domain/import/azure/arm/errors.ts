/**
 * A function's misuse (wrong type, index out of range): the expression becomes a placeholder and a warning.
 * Not an `Error`: a hostile template can raise thousands, and capturing a stack for each is most of their cost.
 */
export class ArmEvalError {
  readonly name = 'ArmEvalError';
  constructor(readonly message: string) {}
}
/** The evaluation budget ran out: hostile or runaway templates stop here. */
export class ArmBudgetError extends Error {}
