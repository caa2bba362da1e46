/** React access to the studio's persistence (autosave, recent designs, banner messages). */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PersistenceState, StudioPersistence } from './studio-persistence';

export const PersistenceContext = createContext<StudioPersistence | null>(null);

export function usePersistence(): StudioPersistence {
  const persistence = useContext(PersistenceContext);
  if (!persistence) throw new Error('usePersistence must be used inside <PersistenceRoot>.');
  return persistence;
}

/** Reads a slice of the persistence UI state (status, recent designs, messages). */
export function usePersistenceState<T>(selector: (s: PersistenceState) => T): T {
  return useStore(usePersistence().ui, selector);
}
