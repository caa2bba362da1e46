/** The sheet of every keyboard shortcut, opened with `?` or the palette's Keyboard shortcuts button. */

import { paletteItems, shortcutLabel } from '../panels/palette/palette-items';
import { ModalDialog } from '../panels/report/modal-dialog';

/** Shortcuts that are not palette items. */
export const fixedShortcuts: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['Tab, then Enter on “Skip to the canvas”', 'Move the focus to the canvas'],
  ['Arrow keys', 'Move the focus to the nearest object in that direction'],
  ['Enter', 'Select the focused object and open the inspector'],
  ['Shift+Enter', 'Add the focused object to the selection'],
  ['Shift+arrow keys', 'Move the selected objects'],
  ['Escape', 'Clear the selection'],
  ['Delete or Backspace', 'Delete the selection (the message line says what went with it)'],
  ['Ctrl+Z', 'Undo (⌘ on macOS)'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
  ['Ctrl+C, Ctrl+X, Ctrl+V', 'Copy, cut, paste the selection'],
  ['Shift+click, Shift+drag', 'Add to the selection, select with a box'],
  ['?', 'Show this sheet'],
];

export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  const rows: ReadonlyArray<readonly [string, string]> = [
    ...paletteItems.map((item) => [shortcutLabel(item), item.label] as const),
    ...fixedShortcuts,
  ];
  return (
    <ModalDialog
      id="shortcuts"
      title="Keyboard shortcuts"
      description="None fire while typing in a field."
      className="max-h-[85vh] w-[36rem] max-w-[95vw]"
      onClose={onClose}
    >
      <div className="min-h-0 overflow-y-auto px-4 py-3">
        <table className="w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([keys, action]) => (
              <tr
                key={`${keys}|${action}`}
                className="border-b border-slate-100 last:border-0 dark:border-slate-800"
              >
                <td className="py-1 pr-4 align-top whitespace-nowrap">
                  <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                    {keys}
                  </kbd>
                </td>
                <td className="py-1 align-top">{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ModalDialog>
  );
}
