/**
 * React binding of the studio store. One store per app; components read it with narrow selectors.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { StudioState, StudioStore } from './studio-store';

export const StudioStoreContext = createContext<StudioStore | null>(null);

export function useStudioStore(): StudioStore {
  const store = useContext(StudioStoreContext);
  if (!store) throw new Error('useStudio must be used inside <StudioStoreContext.Provider>.');
  return store;
}

/** Reads a slice of the studio state; re-renders only when the slice changes (Object.is). */
export function useStudio<T>(selector: (s: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}

/** Like useStudio, for selectors returning a fresh array/object each time (shallow comparison). */
export function useStudioShallow<T>(selector: (s: StudioState) => T): T {
  return useStore(useStudioStore(), useShallow(selector));
}
