import { type ReactNode, useEffect, useRef, useState } from 'react';
import { DesignRepository } from '../../platform/design-repository';
import { flushOnHide } from '../../platform/flush-on-hide';
import { markStart } from '../../platform/start-marks';
import { watchOtherTabs } from '../../platform/watch-other-tabs';
import { StudioStoreContext } from '../../store/use-studio';
import { ConflictDialog } from './conflict-dialog';
import { DropZone } from './drop-zone';
import { watchAddressForLinks } from './open-link-in-address';
import { OpeningWatch } from './opening-watch';
import { PersistenceContext } from './persistence-context';
import { type StudioStart, startStudio } from './start-studio';

/**
 * Opens the first design (a link, the last design, or the first-visit sample), then provides the
 * studio store and its persistence to the studio and autosaves every change. Renders a short notice
 * until the first design is ready (decoding a link is asynchronous).
 */
export function PersistenceRoot({ children }: { children: ReactNode }) {
  const [studio, setStudio] = useState<StudioStart>();
  const started = useRef(false);
  useEffect(() => {
    // Once per page: a link must become one local design, even when effects run twice in development.
    if (started.current) return;
    started.current = true;
    const begin = (start: StudioStart) => {
      start.persistence.connect();
      flushOnHide(start.repository);
      watchOtherTabs(start.repository);
      watchAddressForLinks(start.persistence);
      markStart('vnet:studio-ready');
      setStudio(start);
    };
    void startStudio()
      .catch(() =>
        // Not expected; if reading what is stored fails anyway, the studio still opens, in memory.
        startStudio({ repository: new DesignRepository({ storage: () => null }) }),
      )
      .then(begin);
  }, []);
  if (!studio) {
    return (
      <p className="flex h-full items-center justify-center text-sm text-slate-500 dark:text-slate-400">
        Opening your design…
      </p>
    );
  }
  return (
    <PersistenceContext.Provider value={studio.persistence}>
      <StudioStoreContext.Provider value={studio.store}>
        {children}
        <DropZone />
        <ConflictDialog />
        <OpeningWatch />
      </StudioStoreContext.Provider>
    </PersistenceContext.Provider>
  );
}
