import type { Finding, Rule } from '../types';

/** A finding of `rule`, with its severity and docs link; object ids are de-duplicated, culprit first. */
export function finding(
  rule: Pick<Rule, 'id' | 'severity' | 'docs'>,
  message: string,
  objectIds: ReadonlyArray<string | undefined>,
): Finding {
  const ids = [...new Set(objectIds.filter((id): id is string => id !== undefined))];
  const f: Finding = { ruleId: rule.id, severity: rule.severity, message, objectIds: ids };
  if (rule.docs) f.docs = rule.docs;
  return f;
}
