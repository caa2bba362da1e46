/** The Import dialog's preview: objects per kind, drift, files read, warnings and skipped resources. */
import type { ImportAzureResult } from '../../domain/import/azure/import-azure-files';
import { summarizeDrift } from '../../domain/import/merge-import';
import { collectionLabels } from '../../domain/model/compare-designs';
import type { ImportPreview } from './import-preview';

const FORMAT_LABELS: Record<string, string> = {
  'arm-template': 'ARM template',
  'arm-parameters': 'parameters file',
  'azure-live': 'Azure CLI / REST / Resource Graph / PowerShell output',
  terraform: 'Terraform JSON',
};

const heading = 'text-sm font-semibold';
/** Skipped resources listed by file and path, per type (the count says how many there are in all). */
const SHOWN_PER_TYPE = 200;
const cell = 'border-b border-slate-200 px-2 py-1 dark:border-slate-700';

export function ImportPreviewView({
  result,
  preview,
}: {
  result: Extract<ImportAzureResult, { ok: true }>;
  preview: ImportPreview;
}) {
  const counts = summarizeDrift(preview.drift);
  const refresh = preview.updated.length > 0;
  return (
    <div className="space-y-4">
      <section aria-labelledby="import-changes">
        <h3 id="import-changes" className={heading}>
          What will change
        </h3>
        {preview.rows.length === 0 ? (
          <p>The files hold nothing a design can show.</p>
        ) : (
          <table className="mt-1 border-collapse text-left">
            <caption className="sr-only">Objects the import adds to this design or updates, by kind</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  Kind
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  To add
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  To update
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.collection}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {r.label}
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{r.add}</td>
                  <td className={`${cell} text-right tabular-nums`}>{r.update}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {refresh ? (
        <section aria-labelledby="import-drift">
          <h3 id="import-drift" className={heading}>
            Drift since this design: {counts.changed} changed, {counts.added} added, {counts.removed} no
            longer in the estate
          </h3>
          {preview.drift.length === 0 ? (
            <p>The design matches the estate.</p>
          ) : (
            <ul aria-label="Drift" className="mt-1 list-disc space-y-0.5 pl-5">
              {preview.drift.map((d) => (
                <li key={`${d.change}-${d.id}`}>
                  <span className="font-medium">
                    {d.change === 'removed'
                      ? 'No longer in the estate (kept)'
                      : d.change === 'added'
                        ? 'Added'
                        : 'Changed'}
                  </span>
                  : {collectionLabels[d.collection]} {d.name}
                  {d.details.length > 0 ? ` — ${d.details.join('; ')}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="import-files">
        <h3 id="import-files" className={heading}>
          Files read
        </h3>
        <ul className="mt-1 list-disc pl-5">
          {result.files.map((f) => (
            <li key={f.name}>
              {f.name}: {FORMAT_LABELS[f.format] ?? f.format}, {f.resources} resource
              {f.resources === 1 ? '' : 's'}
            </li>
          ))}
        </ul>
        {result.placeholders > 0 ? (
          <p className="mt-1 text-amber-900 dark:text-amber-200">
            {result.placeholders} value{result.placeholders === 1 ? '' : 's'} could not be known offline: the
            design shows {result.placeholders === 1 ? 'it' : 'them'} as &lt;unknown: …&gt; placeholders.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="import-warnings">
        <h3 id="import-warnings" className={heading}>
          Warnings ({result.warnings.length})
        </h3>
        {result.warnings.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul aria-label="Warnings" className="mt-1 list-disc space-y-0.5 pl-5">
            {result.warnings.map((w, i) => (
              <li key={i}>
                <span className="font-mono text-xs">
                  {w.file} {w.path}
                </span>
                : {w.message}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="import-skipped">
        <h3 id="import-skipped" className={heading}>
          Skipped ({result.skipped.reduce((n, s) => n + s.count, 0)}): resources a design can't hold
        </h3>
        {result.skipped.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul aria-label="Skipped resources" className="mt-1 list-disc pl-5">
            {result.skipped.map((s) => {
              const where = result.skippedResources.filter((r) => r.type === s.type);
              return (
                <li key={s.type}>
                  {s.count} × {s.type}
                  {where.length > 0 ? (
                    <ul aria-label={`Where: ${s.type}`} className="list-[circle] pl-5">
                      {where.slice(0, SHOWN_PER_TYPE).map((r) => (
                        <li key={`${r.file} ${r.path}`} className="font-mono text-xs">
                          {r.file} {r.path}
                        </li>
                      ))}
                      {where.length > SHOWN_PER_TYPE ? (
                        <li>and {where.length - SHOWN_PER_TYPE} more</li>
                      ) : null}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
