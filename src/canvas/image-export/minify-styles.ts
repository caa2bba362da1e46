/**
 * html-to-image writes every computed CSS property onto every cloned element: a few hundred
 * declarations each, most of them browser defaults or values the parent already passes down. This
 * drops, from the captured document, each declaration the browser would arrive at anyway:
 * - an inherited property with the same value as on the parent element;
 * - any other property with the browser's default value for that element.
 * The picture stays the same; the SVG gets many times smaller.
 */

/** CSS properties that inherit by default (CSS 2 and later modules). */
const INHERITED = new Set([
  'border-collapse',
  'border-spacing',
  'caption-side',
  'caret-color',
  'clip-rule',
  'color',
  'color-interpolation',
  'color-interpolation-filters',
  'color-rendering',
  'color-scheme',
  'cursor',
  'direction',
  'dominant-baseline',
  'empty-cells',
  'fill',
  'fill-opacity',
  'fill-rule',
  'font',
  'font-family',
  'font-feature-settings',
  'font-kerning',
  'font-optical-sizing',
  'font-palette',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-synthesis',
  'font-synthesis-small-caps',
  'font-synthesis-style',
  'font-synthesis-weight',
  'font-variant',
  'font-variant-alternates',
  'font-variant-caps',
  'font-variant-east-asian',
  'font-variant-emoji',
  'font-variant-ligatures',
  'font-variant-numeric',
  'font-variant-position',
  'font-variation-settings',
  'font-weight',
  'forced-color-adjust',
  'hyphenate-character',
  'hyphenate-limit-chars',
  'hyphens',
  'image-orientation',
  'image-rendering',
  'letter-spacing',
  'line-break',
  'line-height',
  'list-style',
  'list-style-image',
  'list-style-position',
  'list-style-type',
  'marker',
  'marker-end',
  'marker-mid',
  'marker-start',
  'orphans',
  'overflow-wrap',
  'paint-order',
  'pointer-events',
  'print-color-adjust',
  'quotes',
  'ruby-align',
  'ruby-position',
  'shape-rendering',
  'speak',
  'stroke',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'stroke-width',
  'tab-size',
  'text-align',
  'text-align-last',
  'text-anchor',
  'text-autospace',
  'text-combine-upright',
  'text-decoration-skip-ink',
  'text-emphasis',
  'text-emphasis-color',
  'text-emphasis-position',
  'text-emphasis-style',
  'text-indent',
  'text-justify',
  'text-orientation',
  'text-rendering',
  'text-shadow',
  'text-size-adjust',
  'text-spacing-trim',
  'text-transform',
  'text-underline-offset',
  'text-underline-position',
  'text-wrap',
  'text-wrap-mode',
  'text-wrap-style',
  'visibility',
  'white-space',
  'white-space-collapse',
  'widows',
  'word-break',
  'word-spacing',
  'writing-mode',
  'math-depth',
  'math-shift',
  'math-style',
  'interactivity',
  'dynamic-range-limit',
  'reading-order',
]);

/** Every `-webkit-` property that inherits (text fill and stroke, ruby, locale and the like). */
const inherits = (property: string) =>
  INHERITED.has(property) ||
  property.startsWith('font-') ||
  property.startsWith('text-emphasis') ||
  /^-webkit-(text-|locale|rtl|ruby|font|hyphen|line-break|writing|border-(horizontal|vertical)-spacing|user-modify|tap)/.test(
    property,
  );

/**
 * Widths whose computed value depends on another property: a border or outline without a style
 * computes to 0 width, so "0px" equals the default, yet dropping it under a `solid` style would bring
 * back the initial `medium` width.
 */
const alwaysKept = (property: string) => /^(border|outline|column-rule|rule).*width$/.test(property);

/** Default values of one element kind, as the browser computes them without the page's styles. */
export type DefaultStyles = (element: Element) => ReadonlyMap<string, string> | undefined;

/**
 * Reads browser defaults from elements inside a detached-looking shadow root, where the page's style
 * sheets do not apply, cached per element name.
 */
export function browserDefaults(
  doc: Document,
  properties: readonly string[],
): DefaultStyles & { dispose(): void } {
  const host = doc.createElement('div');
  host.style.display = 'none';
  doc.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const cache = new Map<string, ReadonlyMap<string, string>>();
  const lookup = (element: Element) => {
    const key = `${element.namespaceURI}|${element.localName}`;
    let values = cache.get(key);
    if (!values) {
      const probe = doc.createElementNS(element.namespaceURI, element.localName);
      shadow.appendChild(probe);
      const computed = getComputedStyle(probe);
      values = new Map(properties.map((p) => [p, computed.getPropertyValue(p)]));
      probe.remove();
      cache.set(key, values);
    }
    return values;
  };
  return Object.assign(lookup, { dispose: () => host.remove() });
}

function styleOf(element: Element): CSSStyleDeclaration | undefined {
  return (element as Partial<ElementCSSInlineStyle>).style;
}

/** Removes the declarations the browser would compute anyway, in place. Returns how many went. */
export function minifyStyles(root: Element, defaults: DefaultStyles): number {
  let removed = 0;
  const visit = (element: Element, inherited: ReadonlyMap<string, string>) => {
    const style = styleOf(element);
    let passDown = inherited;
    if (style && style.length > 0) {
      const own: Array<[string, string]> = [];
      for (let i = 0; i < style.length; i++) {
        const property = style.item(i);
        own.push([property, style.getPropertyValue(property)]);
      }
      const base = defaults(element);
      const next = new Map(inherited);
      const kept: string[] = [];
      for (const [property, value] of own) {
        const important = style.getPropertyPriority(property) === 'important';
        let redundant: boolean;
        if (inherits(property)) {
          redundant = !important && inherited.get(property) === value;
          next.set(property, value);
        } else {
          redundant = !important && !alwaysKept(property) && base?.get(property) === value;
        }
        if (redundant) removed++;
        else kept.push(`${property}: ${value}${important ? ' !important' : ''}`);
      }
      // One write instead of a removal per property; the browser folds longhands back into shorthands.
      if (kept.length < own.length) style.cssText = kept.join('; ');
      passDown = next;
    }
    for (const child of Array.from(element.children)) visit(child, passDown);
  };
  visit(root, new Map());
  return removed;
}
