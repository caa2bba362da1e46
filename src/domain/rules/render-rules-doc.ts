import { type RuleCatalogEntry, ruleCatalog } from './rule-catalog';

/** `docs/rules.md`: every rule the validator enforces, by family, from the rules themselves. */
export function renderRulesDoc(): string {
  const byFamily = new Map<string, RuleCatalogEntry[]>();
  for (const entry of Object.values(ruleCatalog)) {
    const list = byFamily.get(entry.family) ?? [];
    list.push(entry);
    byFamily.set(entry.family, list);
  }
  const lines = [
    '# Validator rules',
    '',
    'Every rule the validator enforces, with its stable ID. Generated from `src/domain/rules` by',
    '`npm run examples`; a test keeps this file in step. Severity: **error** = Azure or Power Platform will',
    'refuse it or it will not work; **warning** = it deploys but breaks in a foreseeable situation or goes',
    "against Microsoft's guidance; **info** = worth knowing.",
  ];
  for (const [family, entries] of byFamily) {
    lines.push(
      '',
      `## ${family}`,
      '',
      '| ID | Severity | Rule | Documentation |',
      '| --- | --- | --- | --- |',
    );
    for (const e of entries)
      lines.push(`| ${e.id} | ${e.severity} | ${e.title} | ${e.docs ? `[link](${e.docs})` : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
