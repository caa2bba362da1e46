import { useState } from 'react';
import type { ImageScheme } from '../../canvas/image-export/compose-svg';
import { currentScheme } from '../../canvas/image-export/current-scheme';
import { drawDiagramInBackground } from '../../canvas/image-export/diagram-runner';
import { diagramPng } from '../../canvas/image-export/render-diagram';
import { downloadFile } from '../../platform/download-file';
import { selectDesign, selectSelection } from '../../store/selectors';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { fileBaseName } from '../report/file-base-name';
import { ModalDialog } from '../report/modal-dialog';
import { primaryButton, secondaryButton } from '../shared/form-styles';

const choice =
  'flex h-8 cursor-pointer items-center gap-1.5 rounded px-2 text-sm text-slate-700 has-checked:bg-sky-50 has-checked:text-sky-900 has-focus-visible:outline-2 has-focus-visible:outline-sky-600 has-disabled:cursor-not-allowed has-disabled:opacity-45 dark:text-slate-200 dark:has-checked:bg-sky-950 dark:has-checked:text-sky-100';
const legendText = 'mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';

type Format = 'png' | 'svg';

/**
 * The diagram image export: the whole design or the selection, light or dark, as a PNG (at twice its
 * size, carrying the design) or an SVG, each with the design name and a legend.
 */
export default function ImageExportDialog({ onClose }: { onClose(): void }) {
  const store = useStudioStore();
  const design = useStudio(selectDesign);
  const selection = useStudio(selectSelection);
  const [contents, setContents] = useState<'design' | 'selection'>('design');
  const [scheme, setScheme] = useState<ImageScheme>(() => currentScheme());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const download = async (format: Format) => {
    setBusy(true);
    setStatus('Drawing the diagram…');
    try {
      const current = store.getState().design;
      const selected = store.getState().selection;
      const drawn = await drawDiagramInBackground({
        design: current,
        selection: contents === 'selection' ? selected : undefined,
        scheme,
      });
      const name = `${fileBaseName(current)}.${format}`;
      const { width, height } = drawn.layout;
      if (format === 'svg') {
        downloadFile(drawn.svg, name, 'image/svg+xml');
        setStatus(`Downloaded ${name} (${width} × ${height}).`);
      } else {
        const png = await diagramPng(drawn, current, scheme);
        downloadFile(png.bytes, name, 'image/png');
        setStatus(`Downloaded ${name} (${png.width} × ${png.height} pixels, with the design inside).`);
      }
    } catch (e) {
      setStatus(`The image could not be made: ${(e as Error)?.message ?? String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      id="image-export"
      title="Diagram image"
      description={`A picture of “${design.name}” with its name and a legend, for slides and documents.`}
      className="w-[min(36rem,calc(100vw-2rem))]"
      onClose={onClose}
    >
      <div className="flex flex-col gap-4 px-4 py-3">
        <fieldset>
          <legend className={legendText}>Contents</legend>
          <div className="flex flex-wrap gap-1">
            <label className={choice}>
              <input
                type="radio"
                name="image-contents"
                checked={contents === 'design'}
                onChange={() => setContents('design')}
                className="accent-sky-700"
              />
              Whole design
            </label>
            <label className={choice}>
              <input
                type="radio"
                name="image-contents"
                checked={contents === 'selection'}
                disabled={selection.length === 0}
                onChange={() => setContents('selection')}
                className="accent-sky-700"
              />
              Selection
              <span className="text-xs text-slate-600 dark:text-slate-400">
                ({selection.length ? `${selection.length} selected` : 'nothing selected'})
              </span>
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend className={legendText}>Colours</legend>
          <div className="flex flex-wrap gap-1">
            {(['light', 'dark'] as const).map((s) => (
              <label key={s} className={choice}>
                <input
                  type="radio"
                  name="image-scheme"
                  checked={scheme === s}
                  onChange={() => setScheme(s)}
                  className="accent-sky-700"
                />
                {s === 'light' ? 'Light' : 'Dark'}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The PNG is drawn at twice its size and carries the design: drop it on the studio to open the design
          again. The SVG scales without limit.
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={primaryButton}
            disabled={busy}
            onClick={() => void download('png')}
          >
            Download PNG
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={busy}
            onClick={() => void download('svg')}
          >
            Download SVG
          </button>
          <p role="status" className="min-w-0 flex-1 text-xs text-slate-600 dark:text-slate-300">
            {status}
          </p>
        </div>
      </div>
    </ModalDialog>
  );
}
