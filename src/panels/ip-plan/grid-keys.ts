/** Keyboard movement between table cells (a roving tabindex): where an arrow or paging key goes. */

export interface Cell {
  row: number;
  col: number;
}

/**
 * The cell a key moves to in a table of `rows` rows (the header row included) and `cols` columns, or
 * `undefined` for keys that do not move. Movement stops at the edges.
 */
export function moveCell(
  cell: Cell,
  key: string,
  rows: number,
  cols: number,
  ctrl = false,
): Cell | undefined {
  const clamp = (r: number, c: number): Cell => ({
    row: Math.max(0, Math.min(rows - 1, r)),
    col: Math.max(0, Math.min(cols - 1, c)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(cell.row - 1, cell.col);
    case 'ArrowDown':
      return clamp(cell.row + 1, cell.col);
    case 'ArrowLeft':
      return clamp(cell.row, cell.col - 1);
    case 'ArrowRight':
      return clamp(cell.row, cell.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(cell.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(cell.row, cols - 1);
    case 'PageUp':
      return clamp(cell.row - 10, cell.col);
    case 'PageDown':
      return clamp(cell.row + 10, cell.col);
    default:
      return undefined;
  }
}
