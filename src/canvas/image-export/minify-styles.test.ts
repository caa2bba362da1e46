// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { minifyStyles } from './minify-styles';

function documentOf(markup: string): Element {
  const doc = new DOMParser().parseFromString(
    `<div xmlns="http://www.w3.org/1999/xhtml">${markup}</div>`,
    'application/xhtml+xml',
  );
  return doc.documentElement;
}

const defaults = new Map([
  ['display', 'block'],
  ['margin-top', '0px'],
  ['border-top-width', '0px'],
  ['opacity', '1'],
]);

describe('minifyStyles', () => {
  it('drops inherited values equal to the parent and other values equal to the default', () => {
    const root = documentOf(
      '<div id="a" style="color: red; display: block; margin-top: 4px; opacity: 1"><span id="b" style="color: red; opacity: 0.5; margin-top: 0px"></span><span id="c" style="color: blue"></span></div>',
    );
    const removed = minifyStyles(root, () => defaults);
    const a = root.querySelector('#a') as HTMLElement;
    const b = root.querySelector('#b') as HTMLElement;
    const c = root.querySelector('#c') as HTMLElement;
    expect(a.style.color).toBe('red');
    expect(a.style.display).toBe('');
    expect(a.style.marginTop).toBe('4px');
    expect(a.style.opacity).toBe('');
    expect(b.style.color).toBe('');
    expect(b.style.opacity).toBe('0.5');
    expect(b.style.marginTop).toBe('');
    expect(c.style.color).toBe('blue');
    expect(removed).toBe(4);
  });

  it('keeps border widths (their default depends on the border style) and important declarations', () => {
    const root = documentOf(
      '<p id="p" style="border-top-width: 0px; border-top-style: solid; display: block !important"></p>',
    );
    minifyStyles(root, () => new Map([...defaults, ['border-top-style', 'none']]));
    const p = root.querySelector('#p') as HTMLElement;
    expect(p.style.borderTopWidth).toBe('0px');
    expect(p.style.borderTopStyle).toBe('solid');
    expect(p.style.getPropertyPriority('display')).toBe('important');
  });

  it('leaves elements without defaults and without styles alone', () => {
    const root = documentOf('<i id="i" style="opacity: 1"></i><b></b>');
    expect(minifyStyles(root, () => undefined)).toBe(0);
    expect((root.querySelector('#i') as HTMLElement).style.opacity).toBe('1');
  });
});
