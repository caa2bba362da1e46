/**
 * Draws the diagram as plain SVG from the design and its layout: the same node boxes and edge paths as
 * the canvas (`../flow-adapter.ts`, `../edges/floating-path.ts`), with each object's card drawn as SVG
 * shapes and text. No DOM, no computed styles: it runs in Node, and its cost grows with the number of
 * objects only.
 */
import { getBezierPath, Position } from '@xyflow/system';
import { existingCollections } from '../../domain/model/operations';
import type { Design } from '../../domain/model/schema';
import { validateDesign } from '../../domain/rules/validate';
import { canvasKinds } from '../canvas-kinds';
import { edgeColour, edgeStyle } from '../edges/edge-style';
import { type Box, facingAnchors, type Side } from '../edges/floating-path';
import { buildEdges, buildNodes, type StudioEdge, type StudioNode } from '../flow-adapter';
import type { NodeKind } from '../geometry';
import type { ImageScheme } from './compose-svg';
import { diagramScope } from './diagram-scope';
import type { Rect } from './image-layout';
import { type NodeText, nodeText, type Tone } from './node-text';
import { svgIcons } from './svg-icons';
import { svgText } from './svg-text';

const sides: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom,
};

/** Card accents (the canvas' left borders), as in the legend. */
const accent = (kind: NodeKind): string => canvasKinds[kind].accent;

const palette = {
  light: {
    card: '#ffffff',
    ring: '#cbd5e1',
    title: '#0f172a',
    line: '#475569',
    mono: '#1e293b',
    vnetFill: '#f0f9ff',
    vnetStroke: '#0369a1',
    vnetStrokeOpacity: 0.6,
    chip: '#f3e8ff',
    chipText: '#581c87',
    track: '#e2e8f0',
    label: '#ffffff',
    labelText: '#334155',
    invalid: '#b91c1c',
  },
  dark: {
    card: '#1e293b',
    ring: '#475569',
    title: '#f8fafc',
    line: '#cbd5e1',
    mono: '#f1f5f9',
    vnetFill: '#0f172a',
    vnetStroke: '#0284c7',
    vnetStrokeOpacity: 0.7,
    chip: '#581c87',
    chipText: '#f3e8ff',
    track: '#475569',
    label: '#1e293b',
    labelText: '#e2e8f0',
    invalid: '#fca5a5',
  },
} as const satisfies Record<ImageScheme, Record<string, string | number>>;

const toneColour: Record<Tone, string> = { ok: '#10b981', warn: '#f59e0b', full: '#dc2626' };

/** Cuts text to about `width` pixels at `size` (an average glyph is a bit over half the font size). */
function fit(text: string, width: number, size: number): { shown: string; cut: boolean } {
  const max = Math.max(1, Math.floor(width / (size * 0.56)));
  return text.length <= max
    ? { shown: text, cut: false }
    : { shown: `${text.slice(0, max - 1)}…`, cut: true };
}

function textLine(
  text: string,
  x: number,
  y: number,
  width: number,
  attrs: { size: number; fill: string; weight?: number; mono?: boolean; anchor?: 'end' },
): string {
  const { shown, cut } = fit(text, width, attrs.size);
  const weight = attrs.weight ? ` font-weight="${attrs.weight}"` : '';
  const mono = attrs.mono ? ' font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"' : '';
  const anchor = attrs.anchor ? ` text-anchor="${attrs.anchor}"` : '';
  const full = cut ? `<title>${svgText(text)}</title>` : '';
  return `<text x="${x}" y="${y}" font-size="${attrs.size}" fill="${attrs.fill}"${weight}${mono}${anchor}>${full}${svgText(shown)}</text>`;
}

const icon = (key: string, x: number, y: number, size: number) =>
  `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 20 20">${svgIcons[key as keyof typeof svgIcons] ?? ''}</svg>`;

function badge(b: Box, severity: 'error' | 'warning', count: number): string {
  const error = severity === 'error';
  const text = `${error ? '!' : '▲'}${count > 1 ? count : ''}`;
  const w = Math.max(20, 8 + text.length * 7);
  const x = b.x + b.width + 10 - w;
  return `<g><title>${count} ${severity}${count === 1 ? '' : 's'}</title><rect x="${x}" y="${b.y - 10}" width="${w}" height="20" rx="10" fill="${error ? '#dc2626' : '#fbbf24'}"/><text x="${x + w / 2}" y="${b.y + 4}" font-size="11" font-weight="700" text-anchor="middle" fill="${error ? '#ffffff' : '#020617'}">${text}</text></g>`;
}

function card(b: Box, kind: NodeKind, t: NodeText, scheme: ImageScheme): string {
  const c = palette[scheme];
  const out = [
    `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="6" fill="${c.card}" stroke="${c.ring}"/>`,
    `<path d="M${b.x + 6} ${b.y}h-2a4 4 0 0 0-4 4v${b.height - 8}a4 4 0 0 0 4 4h2z" fill="${accent(kind)}"/>`,
    icon(t.icon, b.x + 14, b.y + b.height / 2 - 12, 24),
  ];
  const left = b.x + 48;
  const width = b.width - 60;
  const lines = t.lines.length;
  const top = b.y + b.height / 2 - (lines * 14 + 16) / 2 + 12;
  out.push(textLine(t.title, left, top, width, { size: 13, fill: c.title, weight: 600 }));
  t.lines.forEach((line, i) => {
    out.push(textLine(line, left, top + 16 + i * 14, width, { size: 11, fill: c.line }));
  });
  return out.join('');
}

function subnetCard(b: Box, t: NodeText, scheme: ImageScheme): string {
  const c = palette[scheme];
  const s = t.subnet;
  const out = [
    `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="6" fill="${c.card}" stroke="${c.ring}"/>`,
    icon('subnet', b.x + 10, b.y + 9, 16),
    textLine(t.title, b.x + 34, b.y + 22, b.width - 46, { size: 13, fill: c.title, weight: 600 }),
  ];
  if (!s) return out.join('');
  const mid = b.y + 50;
  out.push(textLine(s.prefix, b.x + 10, mid, 120, { size: 11, fill: c.mono, mono: true }));
  const right = b.x + b.width - 10;
  if (s.delegation) {
    const { shown } = fit(s.delegation, b.width - 150, 11);
    const w = shown.length * 6.2 + 8;
    out.push(
      `<rect x="${right - w}" y="${mid - 11}" width="${w}" height="15" rx="3" fill="${c.chip}"/>`,
      textLine(s.delegation, right - 4, mid, b.width - 150, {
        size: 11,
        fill: c.chipText,
        weight: 500,
        anchor: 'end',
      }),
    );
  } else out.push(textLine('Not delegated', right, mid, 110, { size: 11, fill: c.line, anchor: 'end' }));
  const barY = b.y + b.height - 16;
  if (s.usage) {
    const track = b.width - 20 - 110;
    const filled = (Math.min(100, Math.max(0, s.usage.percent)) / 100) * track;
    out.push(
      `<rect x="${b.x + 10}" y="${barY}" width="${track}" height="6" rx="3" fill="${c.track}"/>`,
      `<rect x="${b.x + 10}" y="${barY}" width="${filled}" height="6" rx="3" fill="${toneColour[s.usage.tone]}"/>`,
      textLine(s.usage.label, right, barY + 6, 104, { size: 10, fill: c.line, anchor: 'end' }),
    );
  } else
    out.push(textLine('Invalid prefix', b.x + 10, barY + 6, b.width - 20, { size: 10, fill: c.invalid }));
  return out.join('');
}

function vnetContainer(b: Box, t: NodeText, scheme: ImageScheme): string {
  const c = palette[scheme];
  const width = b.width - 56;
  return [
    `<rect x="${b.x + 1}" y="${b.y + 1}" width="${b.width - 2}" height="${b.height - 2}" rx="8" fill="${c.vnetFill}" fill-opacity="0.8" stroke="${c.vnetStroke}" stroke-opacity="${c.vnetStrokeOpacity}" stroke-width="2"/>`,
    icon('vnet', b.x + 12, b.y + 10, 24),
    textLine(t.title, b.x + 44, b.y + 22, width, { size: 13, fill: c.title, weight: 600 }),
    textLine(t.lines[0] ?? '', b.x + 44, b.y + 38, width, { size: 11, fill: c.line }),
    textLine(t.lines[1] ?? '', b.x + 44, b.y + 53, width, { size: 11, fill: c.line, mono: true }),
  ].join('');
}

export interface DrawnDiagram {
  /** The diagram's elements in design coordinates (no root element). */
  markup: string;
  /** The drawn bounds, in design coordinates. */
  bounds: Rect;
  nodes: StudioNode[];
  edges: StudioEdge[];
}

/** Absolute boxes of the nodes (subnets are positioned inside their VNets). */
function boxes(nodes: readonly StudioNode[]): Map<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, Box>();
  const place = (n: StudioNode): Box => {
    const known = out.get(n.id);
    if (known) return known;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const origin = parent ? place(parent) : { x: 0, y: 0 };
    const b = {
      x: origin.x + n.position.x,
      y: origin.y + n.position.y,
      width: n.width ?? 0,
      height: n.height ?? 0,
    };
    out.set(n.id, b);
    return b;
  };
  for (const n of nodes) place(n);
  return out;
}

function markerId(colour: string): string {
  return `arrow-${colour.slice(1)}`;
}

/**
 * The diagram of `design` (or of the selected objects and what they contain) in `scheme`'s colours:
 * containers, then edges, then cards and edge labels, with finding badges on top.
 */
/** Ids of the objects marked as already existing in Azure. */
export function existingIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const c of existingCollections) for (const o of design[c]) if (o.existing) ids.add(o.id);
  return ids;
}

/** As on the canvas: a dashed outline and an "existing" tag on an object already in Azure. */
function existingMark(b: Box, scheme: ImageScheme): string {
  const stroke = scheme === 'dark' ? '#cbd5e1' : '#475569';
  const fill = scheme === 'dark' ? '#0f172a' : '#ffffff';
  return `<g><rect x="${b.x - 3}" y="${b.y - 3}" width="${b.width + 6}" height="${b.height + 6}" rx="8" fill="none" stroke="${stroke}" stroke-width="2" stroke-dasharray="6 4"/><rect x="${b.x + 8}" y="${b.y - 10}" width="52" height="15" rx="3" fill="${fill}" stroke="${stroke}"/><text x="${b.x + 34}" y="${b.y + 1}" font-size="9" font-weight="700" text-anchor="middle" fill="${stroke}">EXISTING</text></g>`;
}

export function drawDiagram(
  design: Design,
  scheme: ImageScheme,
  selection?: readonly string[],
): DrawnDiagram {
  const none = new Set<string>();
  const scope = diagramScope(buildNodes(design, none), buildEdges(design, none, none), selection);
  const at = boxes(buildNodes(design, none));
  const c = palette[scheme];
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  const containers: string[] = [];
  const cards: string[] = [];
  const badges: string[] = [];
  const existing = existingIds(design);
  const byObject = new Map<string, { errors: number; warnings: number }>();
  for (const f of validateDesign(design)) {
    if (f.severity === 'info') continue;
    for (const id of f.objectIds) {
      const n = byObject.get(id) ?? { errors: 0, warnings: 0 };
      if (f.severity === 'error') n.errors++;
      else n.warnings++;
      byObject.set(id, n);
    }
  }
  for (const n of scope.nodes) {
    const b = at.get(n.id);
    const t = nodeText(design, n.type ?? 'environment', n.id);
    if (!b || !t || !n.type) continue;
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
    const g = `<g data-id="${svgText(n.id)}">`;
    if (n.type === 'vnet') containers.push(g, vnetContainer(b, t, scheme), '</g>');
    else if (n.type === 'subnet') containers.push(g, subnetCard(b, t, scheme), '</g>');
    else cards.push(g, card(b, n.type, t, scheme), '</g>');
    if (existing.has(n.id)) badges.push(existingMark(b, scheme));
    const count = byObject.get(n.id);
    if (count?.errors) badges.push(badge(b, 'error', count.errors));
    else if (count?.warnings) badges.push(badge(b, 'warning', count.warnings));
  }
  const paths: string[] = [];
  const labels: string[] = [];
  const markers = new Set<string>();
  for (const e of scope.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (!s || !t || !e.data) continue;
    const a = facingAnchors(s, t);
    const [path, lx, ly] = getBezierPath({
      sourceX: a.sx,
      sourceY: a.sy,
      sourcePosition: sides[a.sourceSide],
      targetX: a.tx,
      targetY: a.ty,
      targetPosition: sides[a.targetSide],
    });
    const style = edgeStyle(e.data, false);
    const colour = edgeColour[e.data.kind];
    const dash = style.strokeDasharray ? ` stroke-dasharray="${style.strokeDasharray}"` : '';
    let ends = '';
    if (e.markerEnd) ends += ` marker-end="url(#${markerId(colour)})"`;
    if (e.markerStart) ends += ` marker-start="url(#${markerId(colour)})"`;
    if (ends) markers.add(colour);
    paths.push(
      `<path d="${path}" fill="none" stroke="${style.stroke}" stroke-width="${style.strokeWidth}"${dash}${ends}/>`,
    );
    if (e.data.label) {
      const w = e.data.label.length * 5.6 + 8;
      labels.push(
        `<rect x="${lx - w / 2}" y="${ly - 7.5}" width="${w}" height="15" rx="3" fill="${c.label}" stroke="${c.ring}"/>`,
        `<text x="${lx}" y="${ly + 3.5}" font-size="10" font-weight="500" text-anchor="middle" fill="${c.labelText}">${svgText(e.data.label)}</text>`,
      );
    }
  }
  const defs = [...markers]
    .map(
      (colour) =>
        `<marker id="${markerId(colour)}" viewBox="-10 -10 20 20" markerWidth="16" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto-start-reverse" refX="0" refY="0"><polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${colour}" stroke="${colour}" stroke-linejoin="round"/></marker>`,
    )
    .join('');
  const bounds =
    minX === Number.POSITIVE_INFINITY
      ? { x: 0, y: 0, width: 0, height: 0 }
      : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  const markup = [
    defs ? `<defs>${defs}</defs>` : '',
    ...containers,
    `<g class="edges">${paths.join('')}</g>`,
    ...cards,
    `<g class="edge-labels">${labels.join('')}</g>`,
    ...badges,
  ].join('');
  return { markup, bounds, nodes: scope.nodes, edges: scope.edges };
}
