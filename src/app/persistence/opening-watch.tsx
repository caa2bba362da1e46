import { useEffect } from 'react';
import type { StudioState } from '../../store/studio-store';
import { useStudio } from '../../store/use-studio';
import { usePersistence } from './persistence-context';

/**
 * Tells persistence when the design being opened has been drawn: after React has committed it (the
 * canvas and the findings computed during rendering) and the browser has painted a frame. A tab that
 * freezes or crashes before then leaves the opening marked, and the next start is a safe one.
 */
const selectDesign = (s: StudioState) => s.design;

export function OpeningWatch() {
  const persistence = usePersistence();
  const design = useStudio(selectDesign);
  useEffect(() => {
    // A design is drawn once the frame after it has been painted; rendering alone is not enough.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => persistence.finishOpening(), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
    // `design` starts the wait again: the newest design must be drawn, not an earlier one.
  }, [persistence, design]);
  return null;
}
