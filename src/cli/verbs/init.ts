import { existsSync, writeFileSync } from 'node:fs';
import { createDesign } from '../../domain/model/factories';
import type { Design } from '../../domain/model/schema';
import { sampleDesigns } from '../../domain/samples';
import { CliError, EXIT, unknownChoice } from '../io';
import { terminalText } from '../terminal-text';
import type { Verb } from '../verbs';

/** The templates `init` offers: an empty design, then the samples (the first is the default). */
export const initTemplates: ReadonlyArray<{ key: string; summary: string; create(): Design }> = [
  ...sampleDesigns.map((s) => ({ key: s.key, summary: s.summary, create: s.create })),
  {
    key: 'empty',
    summary: 'No objects yet: draw them in the studio or add them by hand.',
    create: () => createDesign({ id: 'new-design', name: 'New design' }),
  },
];

export const initVerb: Verb = {
  name: 'init',
  usage: `init [FILE] [--template ${initTemplates.map((t) => t.key).join('|')}] [--force]`,
  summary: `Write a valid design to start from (default template ${initTemplates[0]?.key}; stdout without FILE).`,
  options: { template: { type: 'string', short: 't' }, force: { type: 'boolean' } },
  run({ values, positionals, io }) {
    const key = typeof values.template === 'string' ? values.template : initTemplates[0]?.key;
    const template = initTemplates.find((t) => t.key === key);
    if (!template)
      throw unknownChoice(
        'template',
        String(key),
        initTemplates.map((t) => t.key),
      );
    if (positionals.length > 1) throw new CliError('Give one file to write.');
    const text = `${JSON.stringify(template.create(), null, 2)}\n`;
    const file = positionals[0];
    if (file === undefined || file === '-') {
      io.out(text.replace(/\n$/, ''));
      return EXIT.ok;
    }
    if (existsSync(file) && !values.force)
      throw new CliError(`${terminalText(file)} already exists; pass --force to overwrite it.`);
    try {
      writeFileSync(file, text);
    } catch (e) {
      throw new CliError(`${terminalText(file)}: cannot be written (${terminalText((e as Error).message)}).`);
    }
    io.err(
      `Wrote ${terminalText(file)} (template ${template.key}). Check it with: vnet-studio validate ${terminalText(file)}`,
    );
    return EXIT.ok;
  },
};
