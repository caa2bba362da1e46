// Writes examples/<sample>.json, docs/rules.md and docs/design.schema.json from the domain (run: npm run examples).
import { writeFileSync } from 'node:fs';
import { designJsonSchema } from '../src/domain/model/json-schema';
import { renderRulesDoc } from '../src/domain/rules/render-rules-doc';
import { sampleDesigns } from '../src/domain/samples';

for (const sample of sampleDesigns) {
  writeFileSync(`examples/${sample.key}.json`, `${JSON.stringify(sample.create(), null, 2)}\n`);
}
writeFileSync('docs/rules.md', renderRulesDoc());
writeFileSync('docs/design.schema.json', `${JSON.stringify(designJsonSchema(), null, 2)}\n`);
