/**
 * The exported image as one SVG document: a background, the design name and what the image shows, the
 * drawn diagram (`draw-diagram.ts`, nested as its own `<svg>`), and the legend, all plain SVG shapes and text.
 */

import {
  DIAGRAM_PADDING,
  type ImageLayout,
  LEGEND_COLUMN,
  LEGEND_ROW,
  LEGEND_TOP,
  TITLE_HEIGHT,
} from './image-layout';
import type { LegendEntry } from './legend';
import { svgText } from './svg-text';

export type ImageScheme = 'light' | 'dark';

export const schemeColours: Record<
  ImageScheme,
  { background: string; text: string; muted: string; rule: string }
> = {
  light: { background: '#f8fafc', text: '#0f172a', muted: '#475569', rule: '#cbd5e1' },
  dark: { background: '#020617', text: '#f1f5f9', muted: '#94a3b8', rule: '#334155' },
};

const FONT = "'Segoe UI Variable', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";

/** Escapes text for SVG content and attribute values (unpaired surrogates become U+FFFD). */
export const escapeXml = svgText;

export interface ComposeOptions {
  layout: ImageLayout;
  /** The diagram as an `<svg …>` element. */
  diagramSvg: string;
  title: string;
  subtitle: string;
  legend: readonly LegendEntry[];
  scheme: ImageScheme;
}

function swatch(entry: LegendEntry, x: number, y: number): string {
  if (entry.kind === 'node' && entry.dashed)
    return `<rect x="${x}" y="${y - 7}" width="22" height="14" rx="3" fill="none" stroke="${entry.colour}" stroke-width="1.5" stroke-dasharray="4 2"/>`;
  if (entry.kind === 'node')
    return `<rect x="${x}" y="${y - 7}" width="22" height="14" rx="3" fill="none" stroke="${entry.colour}" stroke-width="1.5"/><rect x="${x}" y="${y - 7}" width="4" height="14" fill="${entry.colour}"/>`;
  const dash = entry.dashed ? ' stroke-dasharray="6 4"' : '';
  return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${entry.colour}" stroke-width="2.5"${dash}/>`;
}

function legendMarkup(options: ComposeOptions): string {
  const { layout, legend, scheme } = options;
  if (legend.length === 0) return '';
  const colours = schemeColours[scheme];
  const top = layout.legendY;
  const parts = [
    `<line x1="${DIAGRAM_PADDING}" y1="${top + 8}" x2="${layout.width - DIAGRAM_PADDING}" y2="${top + 8}" stroke="${colours.rule}"/>`,
    `<text x="${DIAGRAM_PADDING}" y="${top + 28}" font-size="12" font-weight="600" fill="${colours.muted}">Legend</text>`,
  ];
  legend.forEach((entry, i) => {
    const column = i % layout.legendColumns;
    const row = Math.floor(i / layout.legendColumns);
    const x = DIAGRAM_PADDING + column * LEGEND_COLUMN;
    const y = top + LEGEND_TOP + row * LEGEND_ROW + LEGEND_ROW / 2;
    parts.push(
      swatch(entry, x, y),
      `<text x="${x + 30}" y="${y + 4}" font-size="12" fill="${colours.text}">${escapeXml(entry.label)}</text>`,
    );
  });
  return `<g class="legend">${parts.join('')}</g>`;
}

/** Places the diagram's own `<svg>` root at its spot in the image. */
function nestDiagram(svg: string, layout: ImageLayout): string {
  const start = svg.indexOf('<svg');
  if (start === -1) throw new Error('The diagram capture is not an SVG document.');
  const { x, y } = layout.diagram;
  // Anything before the root (an XML declaration) cannot appear inside another document.
  return `<svg x="${x}" y="${y}"${svg.slice(start + 4)}`;
}

/** The composed SVG document (UTF-8 text, standalone). */
export function composeSvg(options: ComposeOptions): string {
  const { layout, title, subtitle, scheme } = options;
  const colours = schemeColours[scheme];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${colours.background}"/>`,
    `<text x="${DIAGRAM_PADDING}" y="${TITLE_HEIGHT / 2 + 2}" font-size="20" font-weight="600" fill="${colours.text}">${escapeXml(title)}</text>`,
    `<text x="${DIAGRAM_PADDING}" y="${TITLE_HEIGHT / 2 + 22}" font-size="12" fill="${colours.muted}">${escapeXml(subtitle)}</text>`,
    nestDiagram(options.diagramSvg, layout),
    legendMarkup(options),
    '</svg>',
  ].join('');
}
