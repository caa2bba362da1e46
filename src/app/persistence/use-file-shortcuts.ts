import { useEffect, useRef } from 'react';
import { inDialog } from '../is-typing';

/**
 * Ctrl+S saves the design file and Ctrl+O opens one (⌘ on macOS), instead of the browser saving the
 * page or opening a local file in the tab. They work while typing in a field too, as in desktop apps.
 */
export function useFileShortcuts(actions: { save(): void; open(): void }): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key !== 's' && key !== 'o') return;
      e.preventDefault();
      if (inDialog(e.target)) return;
      if (key === 's') latest.current.save();
      else latest.current.open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
