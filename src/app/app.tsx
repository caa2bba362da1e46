import { ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import { StudioCanvas } from '../canvas/studio-canvas';
import { useCanvasCommands } from '../canvas/use-canvas-commands';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { Palette } from '../panels/palette/palette';
import { createStudioStore } from '../store/studio-store';
import { StudioStoreContext } from '../store/use-studio';
import { Header } from './header';
import { NoticeToast } from './notice-toast';
import { SidePanel } from './side-panel';
import { useShortcuts } from './use-shortcuts';

/** Header on top; palette and canvas in the middle; side panel on the right. */
function StudioLayout() {
  const commands = useCanvasCommands();
  useShortcuts(commands);
  return (
    <div className="flex h-full flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Header />
      <div className="flex min-h-0 flex-1">
        <main className="relative flex min-w-0 flex-1 flex-col" aria-label="Canvas">
          <Palette commands={commands} />
          <div className="relative min-h-0 flex-1">
            <StudioCanvas />
            <NoticeToast />
          </div>
        </main>
        <SidePanel />
      </div>
    </div>
  );
}

/** The studio's frame over one store. First visit opens white paper scenario 1. */
export function App() {
  const store = useMemo(() => createStudioStore(whitepaperScenario1()), []);
  return (
    <StudioStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <StudioLayout />
      </ReactFlowProvider>
    </StudioStoreContext.Provider>
  );
}
