import { renameDesign } from '../../domain/model/operations';
import { entityCollections } from '../../domain/model/schema';
import { useStudio, useStudioShallow, useStudioStore } from '../../store/use-studio';
import { hintClass } from '../shared/form-styles';
import { Section } from '../shared/section';
import { TextField } from '../shared/text-field';
import { kindLabels } from './kind-labels';

/** The design itself, shown when nothing is selected: name, description and what it holds. */
export function DesignInspector() {
  const store = useStudioStore();
  const name = useStudio((s) => s.design.name);
  const description = useStudio((s) => s.design.description ?? '');
  const counts = useStudioShallow((s) => entityCollections.map((k) => s.design[k].length));
  const apply = store.getState().apply;
  return (
    <div className="space-y-3">
      <div>
        {/* A heading, so the sections below (h3) follow the page's h1 in order. */}
        <h2 className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Design
        </h2>
        <p className={hintClass}>Nothing is selected. Select an object on the canvas to edit it.</p>
      </div>
      <TextField
        label="Design name"
        value={name}
        maxLength={200}
        onChange={(v) => apply((d) => renameDesign(d, v), { coalesce: 'field:design:name' })}
      />
      <TextField
        label="Description"
        multiline
        maxLength={2000}
        value={description}
        onChange={(v) =>
          apply(
            (d) => {
              const { description: _old, ...rest } = d;
              return v === '' ? rest : { ...rest, description: v };
            },
            { coalesce: 'field:design:description' },
          )
        }
      />
      <Section title="Contents">
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
          {entityCollections.map((k, i) => (
            <div key={k} className="contents">
              <dt className="text-slate-600 dark:text-slate-300">{kindLabels[k].many}</dt>
              <dd className="text-right tabular-nums">{counts[i]}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  );
}
