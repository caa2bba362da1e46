import { useEffect, useRef, useState } from 'react';
import type { Design } from '../../domain/model/schema';
import { copyText } from '../../platform/clipboard';
import { downloadFile } from '../../platform/download-file';
import { useStudioStore } from '../../store/use-studio';
import { actionButton, secondaryButton } from '../shared/form-styles';
import { runInBackground } from './export-runner';
import type { ExportView } from './export-view';

/**
 * Copy, Download (the file shown) and Download all (every file of the export as a .zip). The outcome is
 * said in the studio's notice line and, since that is behind the dialog, in the dialog's own status.
 */
export function ExportActions({
  design,
  view,
  selection,
  onStatus,
}: {
  design: Design;
  /** The file shown; undefined while the next one is being prepared. */
  view: ExportView | undefined;
  /** The exported selection, or undefined for the whole design. */
  selection: readonly string[] | undefined;
  onStatus(text: string): void;
}) {
  const store = useStudioStore();
  const [copied, setCopied] = useState(false);
  const [zipping, setZipping] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = (text: string, kind: 'info' | 'error' = 'info') => {
    store.getState().notify(text, kind);
    onStatus(text);
  };
  const available = view !== undefined && !view.empty && view.text !== '';

  const copy = async () => {
    if (!view) return;
    const result = await copyText(view.text);
    if (!result.ok) return say(result.message, 'error');
    say(`Copied ${view.fileName} to the clipboard.`);
    setCopied(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(false), 2000);
  };

  const download = () => {
    if (!view) return;
    downloadFile(view.text, view.fileName, `${view.mediaType};charset=utf-8`);
    say(`Downloaded ${view.fileName}.`);
  };

  const downloadAll = async () => {
    setZipping(true);
    try {
      const result = await runInBackground({ kind: 'zip', design, selection });
      if (result.kind === 'error') throw new Error(result.message);
      if (result.kind !== 'zip') return;
      downloadFile(result.bytes, result.name, 'application/zip');
      say(`Downloaded ${result.name} with ${result.count} files.`);
    } catch (e) {
      say(`The archive could not be made (${e instanceof Error ? e.message : String(e)}).`, 'error');
    } finally {
      setZipping(false);
    }
  };

  return (
    <div role="group" aria-label="Export actions" className="ml-auto flex items-center gap-1 pb-1">
      <button
        type="button"
        className={`${actionButton} min-w-[5.5rem] justify-center`}
        disabled={!available}
        onClick={() => void copy()}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
      <button
        type="button"
        className={actionButton}
        disabled={!available}
        title={view?.fileName ? `Download ${view.fileName}` : undefined}
        onClick={download}
      >
        Download
      </button>
      <button
        type="button"
        className={secondaryButton}
        disabled={zipping}
        title="The Bicep file, the ARM template and the script of every resource group, in one .zip"
        onClick={() => void downloadAll()}
      >
        {zipping ? 'Zipping…' : 'Download all (.zip)'}
      </button>
    </div>
  );
}
