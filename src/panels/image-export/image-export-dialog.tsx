import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { primaryButton, secondaryButton } from '../../app/persistence/styles';
import type { StudioEdge, StudioNode } from '../../canvas/flow-adapter';
import { type ImageScheme, schemeColours } from '../../canvas/image-export/compose-svg';
import { diagramPng, renderDiagramSvg } from '../../canvas/image-export/render-diagram';
import { currentScheme } from '../../canvas/image-export/with-color-scheme';
import { downloadFile } from '../../platform/download-file';
import { selectDesign, selectSelection } from '../../store/selectors';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { fileBaseName } from '../report/file-base-name';
import { ModalDialog } from '../report/modal-dialog';

const choice =
  'flex h-8 cursor-pointer items-center gap-1.5 rounded px-2 text-sm text-slate-700 has-checked:bg-sky-50 has-checked:text-sky-900 has-focus-visible:outline-2 has-focus-visible:outline-sky-600 has-disabled:cursor-not-allowed has-disabled:opacity-45 dark:text-slate-200 dark:has-checked:bg-sky-950 dark:has-checked:text-sky-100';
const legendText = 'mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';

type Format = 'png' | 'svg';

/**
 * The diagram image export: the whole design or the selection, light or dark, as a PNG (at twice its
 * size, carrying the design) or an SVG, each with the design name and a legend.
 */
export default function ImageExportDialog({ onClose }: { onClose(): void }) {
  const flow = useReactFlow<StudioNode, StudioEdge>();
  const store = useStudioStore();
  const design = useStudio(selectDesign);
  const selection = useStudio(selectSelection);
  const [contents, setContents] = useState<'design' | 'selection'>('design');
  const [scheme, setScheme] = useState<ImageScheme>(() => currentScheme());
  const [busy, setBusy] = useState(false);
  const [cover, setCover] = useState<ImageScheme>();
  const [status, setStatus] = useState('');

  /** Selection rings and resize handles are for editing: the picture is drawn without them. */
  const withoutSelection = async <T,>(draw: () => Promise<T>): Promise<T> => {
    const previous = store.getState().selection;
    if (previous.length === 0) return draw();
    store.getState().select([]);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    try {
      return await draw();
    } finally {
      store.getState().select(previous);
    }
  };

  const download = async (format: Format) => {
    const root = document.querySelector<HTMLElement>('main .react-flow');
    if (!root) return;
    setBusy(true);
    setStatus('Drawing the diagram…');
    const shown = currentScheme();
    try {
      // Drawing in the other scheme restyles the whole page for a moment: a cover in the page's own
      // colours (set inline, so the switch does not reach it) hides that.
      if (scheme !== shown) {
        setCover(shown);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      const current = store.getState().design;
      const selected = store.getState().selection;
      const drawn = await withoutSelection(() =>
        renderDiagramSvg({
          flow,
          root,
          design: current,
          selection: contents === 'selection' ? selected : undefined,
          scheme,
        }),
      );
      const name = `${fileBaseName(current)}.${format}`;
      const { width, height } = drawn.layout;
      if (format === 'svg') {
        downloadFile(drawn.svg, name, 'image/svg+xml');
        setStatus(`Downloaded ${name} (${width} × ${height}).`);
      } else {
        downloadFile(await diagramPng(drawn, current, scheme), name, 'image/png');
        setStatus(`Downloaded ${name} (${width * 2} × ${height * 2} pixels, with the design inside).`);
      }
    } catch (e) {
      setStatus(`The image could not be made: ${(e as Error)?.message ?? String(e)}`);
    } finally {
      setBusy(false);
      setCover(undefined);
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
      {cover ? (
        <div
          aria-hidden="true"
          className="fixed inset-0 z-50 flex items-center justify-center text-sm"
          style={{ background: schemeColours[cover].background, color: schemeColours[cover].text }}
        >
          Drawing the diagram in {scheme === 'dark' ? 'dark' : 'light'} colours…
        </div>
      ) : null}
    </ModalDialog>
  );
}
