/**
 * Drawing the canvas as an image, the way React Flow documents it: the bounds of the drawn nodes give a
 * viewport transform, and html-to-image renders React Flow's `.react-flow__viewport` element with that
 * transform into an SVG (HTML inside `foreignObject`). The SVG gets a title and a legend; the PNG is
 * that SVG rasterised at twice its size, with the design embedded in an `iTXt` chunk.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Design } from '../../domain/model/schema';
import { embedDesignInPng } from '../../domain/png';
import type { StudioEdge, StudioNode } from '../flow-adapter';
import { composeSvg, type ImageScheme, schemeColours } from './compose-svg';
import { diagramScope } from './diagram-scope';
import { diagramFrame, type ImageLayout, imageLayout, PIXEL_RATIO } from './image-layout';
import { diagramLegend } from './legend';
import { browserDefaults, minifyStyles } from './minify-styles';
import { withAllDrawn } from './with-all-drawn';
import { withColorScheme } from './with-color-scheme';

export interface DiagramRequest {
  flow: ReactFlowInstance<StudioNode, StudioEdge>;
  /** The `.react-flow` element of the canvas. */
  root: HTMLElement;
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

let styleProperties: string[] | undefined;

/**
 * The CSS properties copied onto each cloned element: every standard property, but no custom
 * properties. Computed values already have their `var()`s resolved, and copying Tailwind's hundreds of
 * theme variables onto every element would make the SVG many times larger.
 */
function copiedStyleProperties(): string[] {
  styleProperties ??= Array.from(getComputedStyle(document.documentElement)).filter(
    (p) => !p.startsWith('--'),
  );
  return styleProperties;
}

/** Keeps the drawn nodes and edges; handles are editing affordances and stay out of the picture. */
function captureFilter(nodeIds: ReadonlySet<string>) {
  return (domNode: HTMLElement) => {
    if (!(domNode instanceof Element)) return true;
    const classes = domNode.classList;
    if (classes.contains('react-flow__handle') || classes.contains('react-flow__resize-control'))
      return false;
    if (classes.contains('react-flow__node')) return nodeIds.has(domNode.getAttribute('data-id') ?? '');
    return true;
  };
}

/**
 * Tidies html-to-image's document: removes the edges outside the picture (it copies SVG elements whole,
 * without asking its filter about their children) and the style declarations the browser would compute
 * anyway.
 */
function tidyCapture(svg: string, edges: readonly StudioEdge[], keepEdges: ReadonlySet<string>): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.querySelector('parsererror')) throw new Error('The diagram capture could not be read back.');
  if (keepEdges.size < edges.length) {
    for (const edge of doc.querySelectorAll('.react-flow__edge'))
      if (!keepEdges.has(edge.getAttribute('data-id') ?? '')) edge.remove();
    // Edge labels are drawn apart from their edges and name no edge: a label goes when only edges
    // outside the picture carry its text.
    const kept = new Set(edges.filter((e) => keepEdges.has(e.id)).map((e) => e.data?.label));
    const dropped = new Set(edges.filter((e) => !keepEdges.has(e.id)).map((e) => e.data?.label));
    for (const label of doc.querySelectorAll('.react-flow__edgelabel-renderer > *')) {
      const text = label.textContent ?? '';
      if (dropped.has(text) && !kept.has(text)) label.remove();
    }
  }
  const defaults = browserDefaults(document, copiedStyleProperties());
  try {
    minifyStyles(doc.documentElement, defaults);
  } finally {
    defaults.dispose();
  }
  return new XMLSerializer().serializeToString(doc);
}

/** The diagram as a standalone SVG document with its title and legend. */
export async function renderDiagramSvg(request: DiagramRequest): Promise<DiagramSvg> {
  const { flow, root, design, scheme } = request;
  const scope = diagramScope(flow.getNodes(), flow.getEdges(), request.selection);
  if (scope.nodes.length === 0) throw new Error('There is nothing on the canvas to draw.');
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The canvas is not ready.');
  const frame = diagramFrame(flow.getNodesBounds(scope.nodes));
  const legend = diagramLegend(scope.nodes, scope.edges);
  const layout = imageLayout(frame, legend.length);
  const { toSvg } = await import('html-to-image');
  const ids = scope.nodes.map((n) => n.id);
  const dataUrl = await withAllDrawn(flow, root, ids, () =>
    withColorScheme(scheme, root, () =>
      toSvg(viewport, {
        width: frame.width,
        height: frame.height,
        // Fonts are the system's; reading every style sheet for web fonts would find none.
        skipFonts: true,
        includeStyleProperties: copiedStyleProperties(),
        filter: captureFilter(new Set(ids)),
        style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: frame.transform },
      }),
    ),
  );
  const diagramSvg = tidyCapture(
    decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1)),
    flow.getEdges(),
    new Set(scope.edges.map((e) => e.id)),
  );
  const whole =
    !request.selection || request.selection.length === 0 || scope.nodes.length === flow.getNodes().length;
  const count = `${scope.nodes.length} object${scope.nodes.length === 1 ? '' : 's'}`;
  const svg = composeSvg({
    layout,
    diagramSvg,
    title: design.name,
    subtitle: `${whole ? 'Whole design' : 'Selection'} · ${count} · VNet Studio`,
    legend,
    scheme,
  });
  return { svg, layout, nodeCount: scope.nodes.length };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The browser could not draw the diagram.'));
    image.src = src;
  });
}

/** Rasterises the composed SVG at `PIXEL_RATIO` and embeds the design; returns the PNG's bytes. */
export async function diagramPng(
  drawn: DiagramSvg,
  design: Design,
  scheme: ImageScheme,
): Promise<Uint8Array> {
  const { width, height } = drawn.layout;
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PIXEL_RATIO);
  canvas.height = Math.round(height * PIXEL_RATIO);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.fillStyle = schemeColours[scheme].background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the PNG (the image may be too large).');
  const embedded = await embedDesignInPng(new Uint8Array(await blob.arrayBuffer()), design);
  if (!embedded.ok) throw new Error(embedded.message);
  return embedded.value;
}
