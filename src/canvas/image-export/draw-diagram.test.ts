// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { canvasObjectCount, createStudioBenchDesign } from '../../../bench/studio-design';
import { createEnvironment } from '../../domain/model/factories';
import { hubDesign } from '../../domain/model/hub.fixtures';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { drawDiagram } from './draw-diagram';
import { MAX_PIXELS, pngScale, renderDiagramSvg } from './render-diagram';
import { svgText } from './svg-text';

const parse = (svg: string) => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc.documentElement;
};
const texts = (root: Element) => Array.from(root.querySelectorAll('text')).map((t) => t.textContent ?? '');

describe('drawDiagram', () => {
  const design = whitepaperScenario1();

  it('draws one group per object with its name, and one path per connection', () => {
    const drawn = drawDiagram(design, 'light');
    const root = parse(`<svg xmlns="http://www.w3.org/2000/svg">${drawn.markup}</svg>`);
    const ids = Array.from(root.querySelectorAll('g[data-id]')).map((g) => g.getAttribute('data-id'));
    expect(ids).toHaveLength(canvasObjectCount(design));
    expect(new Set(ids)).toEqual(new Set(drawn.nodes.map((n) => n.id)));
    expect(root.querySelectorAll('g.edges > path')).toHaveLength(drawn.edges.length);
    const shown = texts(root).join('\n');
    for (const v of design.vnets) expect(shown).toContain(v.name);
    for (const s of design.subnets) expect(shown).toContain(s.prefix);
    expect(drawn.bounds.width).toBeGreaterThan(0);
  });

  it('draws a selected VNet with its subnets only, and no edge that leaves the selection', () => {
    const vnet = design.vnets[0];
    if (!vnet) throw new Error('no VNet');
    const drawn = drawDiagram(design, 'dark', [vnet.id]);
    const subnets = design.subnets.filter((s) => s.vnetId === vnet.id);
    expect(drawn.nodes.map((n) => n.id).sort()).toEqual([vnet.id, ...subnets.map((s) => s.id)].sort());
    for (const e of drawn.edges) expect(drawn.nodes.some((n) => n.id === e.source)).toBe(true);
    const other = design.vnets.find((v) => v.id !== vnet.id);
    if (other) expect(drawn.markup).not.toContain(`>${other.name}<`);
  });

  it('draws a hub VNet with its firewall, gateways and Bastion inside it, with their SKU and address', () => {
    const hub = hubDesign();
    const drawn = drawDiagram(hub, 'light', ['vnet-hub']);
    const root = parse(`<svg xmlns="http://www.w3.org/2000/svg">${drawn.markup}</svg>`);
    const ids = Array.from(root.querySelectorAll('g[data-id]')).map((g) => g.getAttribute('data-id'));
    for (const id of ['afw-hub', 'nva-hub', 'vgw-vpn', 'vgw-er', 'bas-hub']) expect(ids).toContain(id);
    const shown = texts(root).join('\n');
    for (const line of [
      'Firewall Standard · 10.0.1.4',
      'NVA · 10.0.4.10',
      'VPN · VpnGw1AZ',
      'ER · ErGw1AZ · active-active',
      'Bastion Standard',
    ])
      expect(shown).toContain(line);
    // Inside the VNet's box.
    const vnet = drawn.nodes.find((n) => n.id === 'vnet-hub');
    const fw = drawn.nodes.find((n) => n.id === 'afw-hub');
    expect(fw?.parentId).toBe('vnet-hub');
    expect((fw?.position.x ?? 0) + (fw?.width ?? 0)).toBeLessThan(vnet?.width ?? 0);
  });

  it('turns unpaired surrogates and forbidden control characters into U+FFFD', () => {
    expect(svgText('a\uD800b\uDC00c\u0007')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(svgText('pair 😀 & <x>')).toBe('pair 😀 &amp; &lt;x&gt;');
    const broken = {
      ...design,
      name: 'Design \uD83D',
      environments: [...design.environments, createEnvironment({ id: 'env-bad', name: 'env-\uDE00-\u0001' })],
    };
    const { svg } = renderDiagramSvg({ design: broken, scheme: 'light' });
    // encodeURIComponent throws "URI malformed" on unpaired surrogates; the drawn document has none.
    expect(() => encodeURIComponent(svg)).not.toThrow();
    const root = parse(svg);
    expect(root.querySelector('title')?.textContent).toBe('Design \uFFFD');
    expect(texts(root)).toContain('env-\uFFFD-\uFFFD');
  });
});

describe('renderDiagramSvg at size', () => {
  it('draws every object of a 4,599-object design, scaled into the frame', () => {
    const big = createStudioBenchDesign(9);
    const drawn = renderDiagramSvg({ design: big, scheme: 'light' });
    expect(drawn.nodeCount).toBe(canvasObjectCount(big));
    expect(drawn.svg).toContain('Whole design · 4599 objects');
    expect(drawn.layout.width).toBeLessThanOrEqual(7000);
    const scale = pngScale(drawn.layout);
    expect(drawn.layout.width * drawn.layout.height * scale * scale).toBeLessThanOrEqual(MAX_PIXELS + 1);
    expect(scale).toBeGreaterThan(0.5);
  });

  it('keeps twice the size for ordinary designs', () => {
    expect(pngScale({ width: 1200, height: 900 })).toBe(2);
  });
});

describe('objects already in Azure in the diagram', () => {
  it('outlines an existing VNet with a dashed line and an EXISTING tag, and names it in the legend', () => {
    const base = whitepaperScenario1();
    const plain = drawDiagram(base, 'light');
    expect(texts(parse(`<svg xmlns="http://www.w3.org/2000/svg">${plain.markup}</svg>`))).not.toContain(
      'EXISTING',
    );
    const vnet = base.vnets[0] as (typeof base.vnets)[number];
    const design = { ...base, vnets: [{ ...vnet, existing: true }, ...base.vnets.slice(1)] };
    const root = parse(
      `<svg xmlns="http://www.w3.org/2000/svg">${drawDiagram(design, 'light').markup}</svg>`,
    );
    expect(texts(root).filter((t) => t === 'EXISTING')).toHaveLength(1);
    expect(root.querySelectorAll('rect[stroke-dasharray]').length).toBeGreaterThan(0);
    const svg = renderDiagramSvg({ design, scheme: 'light' }).svg;
    expect(svg).toContain('Already in Azure (existing)');
    expect(renderDiagramSvg({ design: base, scheme: 'light' }).svg).not.toContain('Already in Azure');
  });
});
