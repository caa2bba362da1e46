/**
 * Keyboard shortcuts of the studio: undo/redo, clipboard, delete, and the palette's letters. None fire
 * while typing in a field or while a dialog is open.
 */
import { useEffect } from 'react';
import type { CanvasCommands } from '../canvas/use-canvas-commands';
import { type PaletteCommands, paletteItems } from '../panels/palette/palette-items';
import { useStudioStore } from '../store/use-studio';
import { inDialog, isTyping } from './is-typing';

export function useShortcuts(commands: CanvasCommands & PaletteCommands, openShortcuts: () => void) {
  const store = useStudioStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target) || inDialog(e.target)) return;
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      // Text selected on the page (a finding's message) copies as text, as everywhere else.
      const textSelected = (window.getSelection()?.toString() ?? '') !== '';
      if (mod && (key === 'c' || key === 'x') && textSelected) return;
      if (mod && !e.altKey) {
        if (key === 'z' && !e.shiftKey) s.undo();
        else if ((key === 'z' && e.shiftKey) || key === 'y') s.redo();
        else if (key === 'c') s.copySelection();
        else if (key === 'x') {
          s.copySelection();
          commands.deleteSelection();
        } else if (key === 'v') s.paste();
        else handled = false;
      } else if (e.altKey) {
        handled = false;
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        commands.deleteSelection();
      } else if (e.key === 'Escape') {
        s.select([]);
      } else if (e.key === '?') {
        openShortcuts();
      } else {
        const item = paletteItems.find((i) => i.key === key && (i.shift ?? false) === e.shiftKey);
        if (item) item.run(store, commands);
        else handled = false;
      }
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, commands, openShortcuts]);
}
