// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml } from './compose-svg';
import { diagramScope } from './diagram-scope';
import {
  DIAGRAM_PADDING,
  diagramFrame,
  imageLayout,
  MAX_SIDE,
  MIN_WIDTH,
  TITLE_HEIGHT,
} from './image-layout';
import { diagramLegend } from './legend';

describe('diagramLegend', () => {
  it('lists the kinds present, objects first, in a fixed order', () => {
    const legend = diagramLegend(
      [{ type: 'subnet' }, { type: 'vnet' }, { type: 'subnet' }, { type: 'environment' }],
      [{ data: { kind: 'peering' } }, { data: { kind: 'policy-link' } }],
    );
    expect(legend.map((e) => e.key)).toEqual(['environment', 'vnet', 'subnet', 'policy-link', 'peering']);
    expect(legend.find((e) => e.key === 'peering')).toMatchObject({ kind: 'edge', dashed: false });
  });

  it('adds a dashed entry for a one-way peering, and nothing for an empty drawing', () => {
    const legend = diagramLegend([], [{ data: { kind: 'peering', oneWay: 'forward' } }]);
    expect(legend.map((e) => [e.key, e.dashed])).toEqual([
      ['peering', false],
      ['peering-one-way', true],
    ]);
    expect(diagramLegend([], [])).toEqual([]);
  });
});

describe('diagramScope', () => {
  const nodes = [
    { id: 'vnet', parentId: undefined },
    { id: 'snet-a', parentId: 'vnet' },
    { id: 'snet-b', parentId: 'vnet' },
    { id: 'env' },
    { id: 'policy' },
  ];
  const edges = [
    { id: 'e1', source: 'env', target: 'policy' },
    { id: 'e2', source: 'policy', target: 'snet-a' },
  ];

  it('draws everything without a selection, or when nothing selected is on the canvas', () => {
    expect(diagramScope(nodes, edges, undefined).nodes).toHaveLength(5);
    expect(diagramScope(nodes, edges, []).edges).toHaveLength(2);
    expect(diagramScope(nodes, edges, ['gone']).nodes).toHaveLength(5);
  });

  it('brings the contents of a selected container and keeps only edges between drawn nodes', () => {
    const scope = diagramScope(nodes, edges, ['vnet', 'policy']);
    expect(scope.nodes.map((n) => n.id)).toEqual(['vnet', 'snet-a', 'snet-b', 'policy']);
    expect(scope.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('does not bring the container of a selected child', () => {
    expect(diagramScope(nodes, edges, ['snet-b']).nodes.map((n) => n.id)).toEqual(['snet-b']);
  });
});

describe('image layout', () => {
  it('puts the drawn bounds at the padding, at full size', () => {
    const frame = diagramFrame({ x: 100, y: -50, width: 800, height: 400 });
    expect(frame).toEqual({
      width: 800 + 2 * DIAGRAM_PADDING,
      height: 400 + 2 * DIAGRAM_PADDING,
      zoom: 1,
      transform: `translate(${DIAGRAM_PADDING - 100}px, ${DIAGRAM_PADDING + 50}px) scale(1)`,
    });
  });

  it('scales very large drawings down to the canvas limit', () => {
    const frame = diagramFrame({ x: 0, y: 0, width: 30_000, height: 1000 });
    expect(frame.zoom).toBeLessThan(1);
    expect(frame.width).toBeLessThanOrEqual(MAX_SIDE);
  });

  it('keeps a minimum width and makes room for legend rows', () => {
    const layout = imageLayout({ width: 300, height: 200 }, 7);
    expect(layout.width).toBe(MIN_WIDTH);
    expect(layout.diagram).toEqual({ x: (MIN_WIDTH - 300) / 2, y: TITLE_HEIGHT, width: 300, height: 200 });
    expect(layout.legendColumns * layout.legendRows).toBeGreaterThanOrEqual(7);
    expect(layout.height).toBeGreaterThan(TITLE_HEIGHT + 200);
    expect(imageLayout({ width: 300, height: 200 }, 0).height).toBe(TITLE_HEIGHT + 200);
  });
});

describe('composeSvg', () => {
  const layout = imageLayout({ width: 900, height: 500 }, 2);
  const compose = (title: string) =>
    composeSvg({
      layout,
      diagramSvg:
        '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="500"><rect width="10" height="10"/></svg>',
      title,
      subtitle: 'Whole design · 3 objects',
      legend: diagramLegend([{ type: 'vnet' }], [{ data: { kind: 'peering' } }]),
      scheme: 'dark',
    });

  it('is a well-formed SVG document with the title, the nested diagram and the legend', () => {
    const svg = compose('Hub & spoke <prod>');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(layout.width));
    expect(root.querySelector('title')?.textContent).toBe('Hub & spoke <prod>');
    const nested = root.querySelector('svg');
    expect([nested?.getAttribute('x'), nested?.getAttribute('y')]).toEqual([
      String(layout.diagram.x),
      String(layout.diagram.y),
    ]);
    const texts = Array.from(root.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toEqual([
      'Hub & spoke <prod>',
      'Whole design · 3 objects',
      'Legend',
      'Virtual network',
      'VNet peering',
    ]);
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#020617');
  });

  it('refuses a capture that is not SVG', () => {
    expect(() =>
      composeSvg({ layout, diagramSvg: '<html/>', title: 't', subtitle: '', legend: [], scheme: 'light' }),
    ).toThrow(/not an SVG/);
  });

  it('escapes markup and quotes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
