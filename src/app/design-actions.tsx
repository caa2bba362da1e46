import { useState } from 'react';
import { ImportButton } from '../panels/import/import-button';
import { actionButton } from '../panels/shared/form-styles';
import { copyText } from '../platform/clipboard';
import { downloadDesign, pickDesignFile } from '../platform/design-file';
import { buildShareUrl } from '../platform/url-hash';
import { useStudioStore } from '../store/use-studio';
import { HandOffMenu } from './hand-off-menu';
import { applyOpenResult } from './persistence/open-design';
import { openDesignFile } from './persistence/open-design-file';
import { usePersistence, usePersistenceState } from './persistence/persistence-context';
import { RecentDesignsDialog } from './persistence/recent-designs-dialog';
import { SaveStatus } from './persistence/save-status';
import { ShareLinkDialog, type ShareProblem } from './persistence/share-link-dialog';
import type { PersistenceState } from './persistence/studio-persistence';
import { useFileShortcuts } from './persistence/use-file-shortcuts';

const selectSafeStart = (s: PersistenceState) => s.safeStart;

/**
 * The header's right-hand group for actions on the whole design: where it is saved, the recent designs,
 * "Copy link", "Open" and "Save" (and "Export"). The header keeps this group apart from editing controls.
 */
export function DesignActions() {
  const store = useStudioStore();
  const persistence = usePersistence();
  const [recentOpen, setRecentOpen] = useState(false);
  // A safe start opens no design and offers the recent ones instead.
  const safeStart = usePersistenceState(selectSafeStart);
  const [shareProblem, setShareProblem] = useState<ShareProblem>();
  const [copying, setCopying] = useState(false);

  const saveFile = () => {
    const design = store.getState().design;
    downloadDesign(design);
    store.getState().notify(`Saved “${design.name}” as a file.`);
  };

  const copyLink = async () => {
    setCopying(true);
    try {
      const { url, fit } = await buildShareUrl(store.getState().design);
      // A link longer than the budget is never handed out: a cut link opens nothing.
      if (!fit.fits) {
        setShareProblem({ kind: 'too-long', message: fit.message });
        return;
      }
      const copied = await copyText(url);
      if (copied.ok)
        store.getState().notify('Link copied. Whoever opens it gets their own copy of this design.');
      else setShareProblem({ kind: 'copy-failed', message: copied.message, url });
    } catch (e) {
      store.getState().notify(`The link could not be made (${(e as Error)?.message ?? String(e)}).`, 'error');
    } finally {
      setCopying(false);
    }
  };

  const openFile = async () => {
    const file = await pickDesignFile();
    if (!file) return;
    applyOpenResult(persistence, await openDesignFile(file), 'The file');
  };

  useFileShortcuts({ save: saveFile, open: () => void openFile() });

  return (
    <div role="group" aria-label="Design actions" className="ml-auto flex items-center gap-1">
      <SaveStatus />
      <button
        type="button"
        className={actionButton}
        aria-haspopup="dialog"
        title="Designs kept in this browser"
        onClick={() => setRecentOpen(true)}
      >
        {/* Shorter where the header is narrow; the accessible name stays whole. */}
        <span aria-hidden="true" className="2xl:hidden">
          Recent
        </span>
        <span className="max-2xl:sr-only">Recent designs</span>
      </button>
      <span aria-hidden="true" className="mx-0.5 h-6 w-px bg-slate-200 dark:bg-slate-700" />
      <button
        type="button"
        className={actionButton}
        title="Copy a link that opens a copy of this design"
        disabled={copying}
        onClick={() => void copyLink()}
      >
        Copy link
      </button>
      <button
        type="button"
        className={actionButton}
        aria-keyshortcuts="Control+O"
        title="Open a design file (.json) as a new design (Ctrl+O)"
        onClick={() => void openFile()}
      >
        Open
      </button>
      <ImportButton openAsNew={(design, source) => persistence.openAsNew(design, source)} />
      <button
        type="button"
        className={actionButton}
        aria-keyshortcuts="Control+S"
        title="Download this design as a .json file (Ctrl+S)"
        onClick={saveFile}
      >
        Save
      </button>
      {/* "Export" (ARM/Bicep and the script) after Save, then the other hand-offs; a menu when narrow. */}
      <HandOffMenu />
      <RecentDesignsDialog
        open={recentOpen || safeStart !== undefined}
        onClose={() => {
          setRecentOpen(false);
          persistence.endSafeStart();
        }}
      />
      <ShareLinkDialog
        problem={shareProblem}
        onSaveFile={saveFile}
        onClose={() => setShareProblem(undefined)}
      />
    </div>
  );
}
