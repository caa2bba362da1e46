import { Background, Controls, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { createStudioStore } from '../store/studio-store';
import { StudioStoreContext, useStudio } from '../store/use-studio';
import { SidePanel } from './side-panel';

function Header() {
  const name = useStudio((s) => s.design.name);
  return (
    <header className="flex h-12 items-center gap-3 border-b border-slate-200 px-4 dark:border-slate-700">
      <span className="font-semibold text-sky-700 dark:text-sky-400">VNet Studio</span>
      <h1 className="truncate text-sm font-medium">{name}</h1>
    </header>
  );
}

/** The studio's frame: header, canvas and side panel over one store. */
export function App() {
  const store = useMemo(() => createStudioStore(whitepaperScenario1()), []);
  return (
    <StudioStoreContext.Provider value={store}>
      <div className="flex h-full flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <Header />
        <div className="flex min-h-0 flex-1">
          <main className="relative min-w-0 flex-1" aria-label="Canvas">
            <ReactFlow nodes={[]} edges={[]} fitView>
              <Background />
              <Controls />
            </ReactFlow>
          </main>
          <SidePanel />
        </div>
      </div>
    </StudioStoreContext.Provider>
  );
}
