// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDesignReport } from './build-report';
import { renderReportHtml } from './render-html';
import { HOSTILE_NAME, hostileReportDesign } from './report.fixtures';

describe('renderReportHtml', () => {
  const html = renderReportHtml(buildDesignReport(hostileReportDesign()));
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('renders script in names as text', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(`Design review: ${HOSTILE_NAME}`);
    expect(doc.title).toBe(`Design review: ${HOSTILE_NAME}`);
    expect(html).not.toMatch(/<script|<img/i);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of el.getAttributeNames())
        expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
  });

  it('is self-contained: one inline style, no external resources, scripts forbidden by CSP', () => {
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('link, iframe, object, embed')).toHaveLength(0);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    for (const a of doc.querySelectorAll('a'))
      expect(a.getAttribute('href')).toMatch(/^(#[A-Za-z0-9_.:-]+|https:\/\/)/);
  });

  it('has every section, with tables whose rows match their headers', () => {
    const h2 = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(h2).toEqual([
      'Summary',
      'Enterprise policies',
      'Address spaces',
      'IP plan',
      'Peerings',
      'Findings',
      'Post-deployment steps',
    ]);
    for (const table of doc.querySelectorAll('table')) {
      const width = table.querySelectorAll('thead th').length;
      for (const tr of table.querySelectorAll('tbody tr'))
        expect(tr.querySelectorAll('td')).toHaveLength(width);
    }
    expect(doc.querySelector('.sev-error')?.textContent).toBe('Error');
    expect(doc.body.textContent).toContain('missing (the other side stays Initiated)');
    expect(doc.body.textContent).toContain('too small');
  });

  it('keeps the post-deployment script intact', () => {
    const code = [...doc.querySelectorAll('pre code')].map((c) => c.textContent ?? '');
    expect(code.some((c) => c.includes('Enable-SubnetInjection') && c.includes('[CmdletBinding()]'))).toBe(
      true,
    );
  });
});
