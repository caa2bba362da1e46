/**
 * Where things go in an exported image: the diagram's frame (the viewport transform that puts the
 * drawn bounds at the origin), the title band above it and the legend below. All in CSS pixels; the
 * raster is drawn at `PIXEL_RATIO` times that.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Twice the CSS size: crisp on slides and high-density screens. */
export const PIXEL_RATIO = 2;
/** Room around the drawing. */
export const DIAGRAM_PADDING = 32;
/** Browsers refuse canvases much beyond 16k pixels a side: big designs are drawn smaller instead. */
export const MAX_SIDE = 7000;
export const MIN_WIDTH = 720;
export const TITLE_HEIGHT = 64;
export const LEGEND_ROW = 24;
export const LEGEND_COLUMN = 240;
export const LEGEND_TOP = 40;
export const LEGEND_BOTTOM = 20;

export interface DiagramFrame {
  /** Size of the captured diagram area. */
  width: number;
  height: number;
  zoom: number;
  /** The CSS transform for React Flow's viewport element. */
  transform: string;
}

/** The capture frame for the drawn bounds, scaled down only when it would exceed `MAX_SIDE`. */
export function diagramFrame(bounds: Rect): DiagramFrame {
  const w = Math.max(1, bounds.width);
  const h = Math.max(1, bounds.height);
  const zoom = Math.min(1, (MAX_SIDE - 2 * DIAGRAM_PADDING) / Math.max(w, h));
  const width = Math.ceil(w * zoom + 2 * DIAGRAM_PADDING);
  const height = Math.ceil(h * zoom + 2 * DIAGRAM_PADDING);
  const x = DIAGRAM_PADDING - bounds.x * zoom;
  const y = DIAGRAM_PADDING - bounds.y * zoom;
  return { width, height, zoom, transform: `translate(${x}px, ${y}px) scale(${zoom})` };
}

export interface ImageLayout {
  width: number;
  height: number;
  /** Where the captured diagram goes. */
  diagram: Rect;
  legendColumns: number;
  legendRows: number;
  /** Top of the legend band. */
  legendY: number;
}

/** The whole image: title band, the diagram centred under it, and the legend in rows of columns. */
export function imageLayout(frame: Pick<DiagramFrame, 'width' | 'height'>, legendCount: number): ImageLayout {
  const width = Math.max(MIN_WIDTH, frame.width);
  const legendColumns = Math.max(1, Math.floor((width - 2 * DIAGRAM_PADDING) / LEGEND_COLUMN));
  const legendRows = Math.ceil(legendCount / legendColumns);
  const legendY = TITLE_HEIGHT + frame.height;
  const legendHeight = legendRows === 0 ? 0 : LEGEND_TOP + legendRows * LEGEND_ROW + LEGEND_BOTTOM;
  return {
    width,
    height: legendY + legendHeight,
    diagram: {
      x: Math.floor((width - frame.width) / 2),
      y: TITLE_HEIGHT,
      width: frame.width,
      height: frame.height,
    },
    legendColumns,
    legendRows,
    legendY,
  };
}
