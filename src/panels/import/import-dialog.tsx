/**
 * The Import dialog: files (picked, or dropped on the canvas) or pasted JSON are read and imported in a
 * worker with progress; a preview says what would be added or updated per kind, the drift from this
 * design, and every warning and skipped resource; then "Add to this design" (one undo step, laid out
 * beside what is there) or "Open as a new design". Nothing changes before one of those is chosen.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ImportAzureResult } from '../../domain/import/azure/import-azure-files';
import type { Design } from '../../domain/model/schema';
import { selectDesign } from '../../store/selectors';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { ModalDialog } from '../report/modal-dialog';
import { primaryButton, secondaryButton } from '../shared/form-styles';
import type { ImportJobFile, ImportProgress } from './import-job';
import { highlightIds, previewImport } from './import-preview';
import { ImportPreviewView } from './import-preview-view';
import { startImport } from './import-runner';

type Phase =
  | { kind: 'choose'; errors: string[] }
  | { kind: 'reading'; progress: ImportProgress | undefined }
  | { kind: 'preview'; result: Extract<ImportAzureResult, { ok: true }> };

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function progressText(p: ImportProgress | undefined): string {
  if (!p) return 'Starting…';
  if (p.phase === 'importing') return 'Building the design…';
  return `Reading ${p.file}: ${mb(p.loaded)} of ${mb(p.total)} MB`;
}

export interface ImportDialogProps {
  initialFiles: File[];
  onClose(): void;
  /** Opens a design as a new one kept in this browser; false when it was refused (the reason is shown). */
  openAsNew(design: Design, source: string): boolean;
}

export default function ImportDialog({ initialFiles, onClose, openAsNew: openNew }: ImportDialogProps) {
  const store = useStudioStore();
  const design = useStudio(selectDesign);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose', errors: [] });
  const [pasted, setPasted] = useState('');
  const cancel = useRef<() => void>(undefined);
  const ids = useId();

  const run = (files: ImportJobFile[]) => {
    if (files.length === 0) return;
    cancel.current?.();
    setPhase({ kind: 'reading', progress: undefined });
    const started = startImport(files, (progress) => setPhase({ kind: 'reading', progress }));
    cancel.current = started.cancel;
    void started.result.then((result) => {
      cancel.current = undefined;
      setPhase(
        result.ok
          ? { kind: 'preview', result }
          : { kind: 'choose', errors: result.errors.map((e) => e.message) },
      );
    });
  };

  // Files dropped on the canvas start at once (once: for the files the dialog opened with); closing the
  // dialog stops a run.
  useEffect(() => {
    if (initialFiles.length > 0) run(initialFiles.map((f) => ({ name: f.name, blob: f })));
    return () => cancel.current?.();
  }, []);

  const preview = useMemo(
    () => (phase.kind === 'preview' ? previewImport(design, phase.result) : undefined),
    [phase, design],
  );

  const addToDesign = () => {
    if (!preview) return;
    const merged = preview.merged;
    const highlight = highlightIds(preview);
    onClose();
    store.getState().apply(() => merged);
    if (highlight.length > 0) store.getState().focus(highlight);
    const changed = preview.drift.filter((d) => d.change === 'changed').length;
    const parts = [
      preview.added.length > 0 ? `${plural(preview.added.length, 'object')} added` : '',
      preview.updated.length > 0 ? `${preview.updated.length} updated` : '',
      changed > 0 ? `${changed} changed since the design (highlighted)` : '',
    ].filter(Boolean);
    store.getState().notify(`Imported: ${parts.join(', ') || 'nothing new'}. Undo takes it back.`);
  };

  const openAsNew = () => {
    if (phase.kind !== 'preview') return;
    const imported = phase.result.design;
    onClose();
    if (openNew(imported, 'The import'))
      store.getState().notify(`Opened the import as “${imported.name}”, a new design kept in this browser.`);
  };

  return (
    <ModalDialog
      id="import"
      title="Import"
      description="Read the network that already exists: ARM templates (the JSON bicep build writes), Azure CLI, REST, Resource Graph or PowerShell output, or terraform show -json. Nothing changes until you choose what to do with it."
      className="h-[min(52rem,calc(100vh-2rem))] w-[min(60rem,calc(100vw-2rem))]"
      onClose={onClose}
    >
      <div className="min-h-0 flex-1 space-y-4 overflow-auto px-4 py-3 text-sm">
        {phase.kind === 'choose' ? (
          <>
            {phase.errors.length > 0 ? (
              <div
                role="alert"
                className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
              >
                <p className="font-medium">Nothing was imported:</p>
                <ul className="list-disc pl-5">
                  {phase.errors.map((m) => (
                    <li key={m} className="whitespace-pre-wrap">
                      {m}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <div className="space-y-1">
              <label htmlFor={`${ids}-files`} className="block font-medium">
                Files to import
              </label>
              <input
                id={`${ids}-files`}
                type="file"
                multiple
                accept=".json,.jsonc,.tfstate,.bicep,application/json"
                className="block text-sm"
                onChange={(e) => run([...(e.target.files ?? [])].map((f) => ({ name: f.name, blob: f })))}
              />
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Several files describe one estate together (VNets from one, peerings from another). You can
                also drop files on the canvas. Up to 20 MB each.
              </p>
            </div>
            <div className="space-y-1">
              <label htmlFor={`${ids}-paste`} className="block font-medium">
                Or paste JSON
              </label>
              <textarea
                id={`${ids}-paste`}
                value={pasted}
                onChange={(e) => setPasted(e.target.value)}
                rows={8}
                spellCheck={false}
                className="block w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
                placeholder='e.g. the output of "az network vnet list -o json"'
              />
              <button
                type="button"
                className={secondaryButton}
                disabled={pasted.trim() === ''}
                onClick={() =>
                  run([{ name: 'pasted JSON', blob: new Blob([pasted], { type: 'application/json' }) }])
                }
              >
                Import pasted JSON
              </button>
            </div>
          </>
        ) : null}
        {phase.kind === 'reading' ? (
          <div className="space-y-2">
            <progress
              aria-label="Import progress"
              className="w-full"
              max={phase.progress?.phase === 'reading' ? Math.max(1, phase.progress.total) : undefined}
              value={phase.progress?.phase === 'reading' ? phase.progress.loaded : undefined}
            />
            <p role="status">{progressText(phase.progress)}</p>
          </div>
        ) : null}
        {phase.kind === 'preview' && preview ? (
          <ImportPreviewView result={phase.result} preview={preview} />
        ) : null}
      </div>
      {phase.kind === 'preview' ? (
        <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 px-4 py-3 dark:border-slate-700">
          <button
            type="button"
            className={secondaryButton}
            onClick={() => setPhase({ kind: 'choose', errors: [] })}
          >
            Back
          </button>
          <button type="button" className={secondaryButton} onClick={openAsNew}>
            Open as a new design
          </button>
          <button type="button" className={primaryButton} onClick={addToDesign}>
            Add to this design
          </button>
        </div>
      ) : null}
    </ModalDialog>
  );
}
