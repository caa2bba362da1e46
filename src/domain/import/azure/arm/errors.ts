/** A function's misuse (wrong type, index out of range): the expression becomes a placeholder and a warning. */
export class ArmEvalError extends Error {}
/** The evaluation budget ran out: hostile or runaway templates stop here. */
export class ArmBudgetError extends Error {}
