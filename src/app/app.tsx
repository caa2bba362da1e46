import { Background, Controls, ReactFlow } from '@xyflow/react';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';

const design = whitepaperScenario1();

/** The studio's frame: header, canvas and side panel. */
export function App() {
  return (
    <div className="flex h-full flex-col bg-slate-50 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header className="flex h-12 items-center gap-3 border-b border-slate-200 px-4 dark:border-slate-700">
        <span className="font-semibold text-sky-700 dark:text-sky-400">VNet Studio</span>
        <h1 className="truncate text-sm font-medium">{design.name}</h1>
      </header>
      <div className="flex min-h-0 flex-1">
        <main className="relative min-w-0 flex-1" aria-label="Canvas">
          <ReactFlow nodes={[]} edges={[]} fitView>
            <Background />
            <Controls />
          </ReactFlow>
        </main>
        <aside className="w-80 border-l border-slate-200 dark:border-slate-700" aria-label="Side panel" />
      </div>
    </div>
  );
}
