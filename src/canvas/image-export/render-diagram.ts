/**
 * The exported image: the diagram drawn from the design (`draw-diagram.ts`), framed with a title and a
 * legend (`compose-svg.ts`). The PNG is that SVG rasterised in horizontal strips, yielding to the page
 * between strips, at twice its size or less for very large designs (within what browsers can hold in a
 * canvas), with the design embedded in an `iTXt` chunk.
 */

import type { Design } from '../../domain/model/schema';
import { embedDesignInPng } from '../../domain/png';
import { collectionOfKind, nodeKinds } from '../canvas-kinds';
import { composeSvg, type ImageScheme, schemeColours } from './compose-svg';
import { drawDiagram, existingIds } from './draw-diagram';
import { DIAGRAM_PADDING, diagramFrame, type ImageLayout, imageLayout, PIXEL_RATIO } from './image-layout';
import { diagramLegend } from './legend';

export interface DiagramRequest {
  design: Design;
  /** Only these objects (and what they contain); the whole design when empty or absent. */
  selection?: readonly string[];
  scheme: ImageScheme;
}

export interface DiagramSvg {
  svg: string;
  layout: ImageLayout;
  nodeCount: number;
}

/** The PNG's pixel budget: far below what browsers refuse (Chromium: 268 M), and quick to encode. */
export const MAX_PIXELS = 32_000_000;
/** Rows of pixels drawn per step of the PNG, so the page stays responsive. */
const STRIP = 512;

/** The diagram as a standalone SVG document with its title and legend. */
export function renderDiagramSvg(request: DiagramRequest): DiagramSvg {
  const { design, scheme } = request;
  const drawn = drawDiagram(design, scheme, request.selection);
  if (drawn.nodes.length === 0) throw new Error('There is nothing on the canvas to draw.');
  const frame = diagramFrame(drawn.bounds);
  const existing = existingIds(design);
  const legend = diagramLegend(
    drawn.nodes,
    drawn.edges,
    drawn.nodes.some((n) => existing.has(n.id)),
  );
  const layout = imageLayout(frame, legend.length);
  const pad = DIAGRAM_PADDING / frame.zoom;
  const viewBox = [
    drawn.bounds.x - pad,
    drawn.bounds.y - pad,
    frame.width / frame.zoom,
    frame.height / frame.zoom,
  ].join(' ');
  const diagramSvg = `<svg width="${frame.width}" height="${frame.height}" viewBox="${viewBox}">${drawn.markup}</svg>`;
  const total = drawnCount(design);
  const whole = !request.selection || request.selection.length === 0 || drawn.nodes.length === total;
  const count = `${drawn.nodes.length} object${drawn.nodes.length === 1 ? '' : 's'}`;
  const svg = composeSvg({
    layout,
    diagramSvg,
    title: design.name,
    subtitle: `${whole ? 'Whole design' : 'Selection'} · ${count} · VNet Studio`,
    legend,
    scheme,
  });
  return { svg, layout, nodeCount: drawn.nodes.length };
}

function drawnCount(design: Design): number {
  return nodeKinds.reduce((n, k) => n + design[collectionOfKind[k]].length, 0);
}

/** The PNG's pixels per CSS pixel: `PIXEL_RATIO`, or less when the image would pass `MAX_PIXELS`. */
export function pngScale(layout: Pick<ImageLayout, 'width' | 'height'>): number {
  const area = layout.width * layout.height * PIXEL_RATIO * PIXEL_RATIO;
  return area <= MAX_PIXELS ? PIXEL_RATIO : PIXEL_RATIO * Math.sqrt(MAX_PIXELS / area);
}

async function loadImage(svg: string): Promise<{ image: HTMLImageElement; release(): void }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new Error('The browser could not draw the diagram.');
  }
  return { image, release: () => URL.revokeObjectURL(url) };
}

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface DiagramPng {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Rasterises the composed SVG and embeds the design; returns the PNG's bytes and size. */
export async function diagramPng(
  drawn: DiagramSvg,
  design: Design,
  scheme: ImageScheme,
): Promise<DiagramPng> {
  const { width, height } = drawn.layout;
  const scale = pngScale(drawn.layout);
  const { image, release } = await loadImage(drawn.svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  try {
    context.fillStyle = schemeColours[scheme].background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    for (let y = 0; y < canvas.height; y += STRIP) {
      const rows = Math.min(STRIP, canvas.height - y);
      context.drawImage(image, 0, y / scale, width, rows / scale, 0, y, canvas.width, rows);
      await yieldToPage();
    }
  } finally {
    release();
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the PNG (the image may be too large).');
  const embedded = await embedDesignInPng(new Uint8Array(await blob.arrayBuffer()), design);
  if (!embedded.ok) throw new Error(embedded.message);
  return { bytes: embedded.value, width: canvas.width, height: canvas.height };
}
