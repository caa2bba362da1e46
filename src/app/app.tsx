import { useCallback, useState } from 'react';
import { CanvasProvider } from '../canvas/canvas-provider';
import { StudioCanvas } from '../canvas/studio-canvas';
import { useCanvasCommands } from '../canvas/use-canvas-commands';
import { Palette } from '../panels/palette/palette';
import { FindingsUpdating, useBackgroundAnalysis } from './findings-updating';
import { FirstRunHint } from './first-run-hint';
import { Header } from './header';
import { NoticeToast } from './notice-toast';
import { PersistenceBanner } from './persistence/persistence-banner';
import { PersistenceRoot } from './persistence/persistence-root';
import { ShortcutsSheet } from './shortcuts-sheet';
import { SidePanel } from './side-panel';
import { SkipToCanvas } from './skip-to-canvas';
import { useShortcuts } from './use-shortcuts';

/** Header on top; palette and canvas in the middle; side panel on the right. */
function StudioLayout() {
  const commands = useCanvasCommands();
  const [shortcuts, setShortcuts] = useState(false);
  const openShortcuts = useCallback(() => setShortcuts(true), []);
  useShortcuts(commands, openShortcuts);
  useBackgroundAnalysis();
  return (
    <div className="flex h-full flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <SkipToCanvas />
      <Header />
      <PersistenceBanner />
      <div className="flex min-h-0 flex-1">
        <main className="relative flex min-w-0 flex-1 flex-col" aria-label="Canvas">
          <Palette commands={commands} onShowShortcuts={openShortcuts} />
          <div className="relative min-h-0 flex-1">
            <StudioCanvas />
            <FirstRunHint />
            <FindingsUpdating />
            <NoticeToast />
          </div>
        </main>
        <SidePanel />
      </div>
      {shortcuts ? <ShortcutsSheet onClose={() => setShortcuts(false)} /> : null}
    </div>
  );
}

/**
 * The studio's frame over one store. The persistence root opens the first design (a share link in the
 * address, else the last design, else white paper scenario 1 on a first visit) and autosaves it.
 */
export function App() {
  return (
    <PersistenceRoot>
      <CanvasProvider>
        <StudioLayout />
      </CanvasProvider>
    </PersistenceRoot>
  );
}
