import type { Design } from '../model/schema';
import { type Block, type Inline, isSafeHref } from './blocks';
import { buildDesignReport, type ReportOptions } from './build-report';
import { layoutReport } from './report-document';
import { REPORT_CSS } from './report-styles';
import type { DesignReport } from './types';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

function inline(parts: readonly Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeHtml(p);
      if ('code' in p) return `<code>${escapeHtml(p.code)}</code>`;
      if ('strong' in p) return `<strong>${escapeHtml(p.strong)}</strong>`;
      if ('severity' in p) return `<span class="sev sev-${p.severity}">${SEVERITY_LABEL[p.severity]}</span>`;
      if (!isSafeHref(p.href)) return `${escapeHtml(p.link)} (${escapeHtml(p.href)})`;
      return `<a href="${escapeHtml(p.href)}" rel="noreferrer">${escapeHtml(p.link)}</a>`;
    })
    .join('');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const id = block.id ? ` id="${escapeHtml(block.id)}"` : '';
      return `<h${block.level}${id}>${escapeHtml(block.text)}</h${block.level}>`;
    }
    case 'paragraph':
      return `<p>${inline(block.content)}</p>`;
    case 'facts':
      return `<dl>\n${block.items.map(([l, v]) => `<dt>${escapeHtml(l)}</dt><dd>${inline(v)}</dd>`).join('\n')}\n</dl>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const cls = block.items.some((i) => i.some((p) => typeof p === 'object' && 'severity' in p))
        ? ' class="findings"'
        : '';
      return `<${tag}${cls}>\n${block.items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'code':
      return `<pre><code class="language-${escapeHtml(block.language)}">${escapeHtml(block.text)}</code></pre>`;
    case 'table': {
      if (block.rows.length === 0) return `<p class="empty">${escapeHtml(block.empty)}</p>`;
      const cls = (numeric: boolean | undefined) => (numeric ? ' class="num"' : '');
      const head = block.columns.map((c) => `<th scope="col"${cls(c.numeric)}>${escapeHtml(c.label)}</th>`);
      const rows = block.rows.map(
        (cells) =>
          `<tr>${cells.map((c, i) => `<td${cls(block.columns[i]?.numeric)}>${inline(c)}</td>`).join('')}</tr>`,
      );
      return `<div class="table-wrap"><table>\n<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
    }
  }
}

function nav(blocks: readonly Block[]): string {
  const links = blocks
    .filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2 && !!b.id)
    .map((b) => `<li><a href="#${escapeHtml(b.id ?? '')}">${escapeHtml(b.text)}</a></li>`);
  return `<nav aria-label="Sections"><ul>${links.join('')}</ul></nav>`;
}

/**
 * The report as one self-contained, printable HTML document: inline CSS with print styles, no scripts
 * (a Content-Security-Policy forbids them too), no external resources, every piece of user text escaped.
 */
export function renderReportHtml(report: DesignReport): string {
  const blocks = layoutReport(report);
  const [title, ...rest] = blocks;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="VNet Studio">',
    `<title>${escapeHtml(`Design review: ${report.summary.name}`)}</title>`,
    `<style>\n${REPORT_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    title ? renderBlock(title) : '',
    nav(blocks),
    ...rest.map(renderBlock),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The design review report of a design as a printable HTML page. */
export function renderDesignReportHtml(design: Design, options: ReportOptions = {}): string {
  return renderReportHtml(buildDesignReport(design, options));
}
