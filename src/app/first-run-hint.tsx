/** What an empty canvas says: how to start (a template, or the keys that add the first objects). */
import { entityCollections } from '../domain/model/schema';
import type { StudioState } from '../store/studio-store';
import { useStudio } from '../store/use-studio';

const selectEmpty = (s: StudioState) => entityCollections.every((key) => s.design[key].length === 0);

const Key = ({ k }: { k: string }) => (
  <kbd className="rounded border border-slate-300 bg-white px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
    {k}
  </kbd>
);

export function FirstRunHint() {
  const empty = useStudio(selectEmpty);
  if (!empty) return null;
  return (
    <section
      aria-label="Getting started"
      className="pointer-events-none absolute inset-x-0 top-1/3 z-10 mx-auto w-[min(30rem,calc(100%-2rem))] rounded-lg border border-dashed border-slate-300 bg-white/90 p-4 text-sm text-slate-700 shadow-sm dark:border-slate-600 dark:bg-slate-900/90 dark:text-slate-200"
    >
      <h2 className="mb-1 text-base font-semibold text-slate-900 dark:text-slate-50">An empty design</h2>
      <p>
        Pick one of the <strong>Templates…</strong> in the header, or add objects from the palette above:{' '}
        <Key k="E" /> an environment, <Key k="P" /> an enterprise policy, <Key k="V" /> a VNet, then{' '}
        <Key k="S" /> a subnet in it. Drag between objects to connect them; <Key k="?" /> lists every
        shortcut.
      </p>
    </section>
  );
}
