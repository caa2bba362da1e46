import type { Design } from '../model/schema';
import { type Block, type Inline, isSafeHref } from './blocks';
import { buildDesignReport, type ReportOptions } from './build-report';
import { layoutReport } from './report-document';
import type { DesignReport } from './types';

/** Backslash-escapes the characters that would turn user text into Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/[\\`*_[\]<>|~&#$]/g, '\\$&');
}

/**
 * Text that begins a line could start a list, quote, heading, rule or indented code block: neutralise
 * that (a backslash only escapes punctuation, so `1.` becomes `1\.`).
 */
export function guardLineStart(text: string): string {
  const t = text.replace(/^[ \t]+/, '');
  const ordered = /^(\d{1,9})([.)])/.exec(t);
  if (ordered) return `${ordered[1]}\\${t.slice(ordered[1]?.length ?? 0)}`;
  return /^[-+=>]/.test(t) ? `\\${t}` : t;
}

function codeSpan(code: string, inTable: boolean): string {
  let body = code.replace(/[\r\n]+/g, ' ');
  if (inTable) body = body.replaceAll('|', '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

function inline(parts: readonly Inline[], inTable = false): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeMarkdown(p);
      if ('code' in p) return codeSpan(p.code, inTable);
      if ('strong' in p) return p.strong.trim() ? `**${escapeMarkdown(p.strong.trim())}**` : '';
      if ('severity' in p) return `**${p.severity.toUpperCase()}**`;
      if (!isSafeHref(p.href)) return `${escapeMarkdown(p.link)} (${escapeMarkdown(p.href)})`;
      return `[${escapeMarkdown(p.link)}](${p.href.replaceAll('(', '%28').replaceAll(')', '%29')})`;
    })
    .join('');
}

function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return guardLineStart(inline(block.content));
    case 'facts':
      return block.items
        .map(([label, value]) => `- **${escapeMarkdown(label)}:** ${inline(value)}`)
        .join('\n');
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${guardLineStart(inline(item))}`)
        .join('\n');
    case 'code': {
      const f = fence(block.text);
      return `${f}${block.language}\n${block.text}\n${f}`;
    }
    case 'table': {
      if (block.rows.length === 0) return `_${escapeMarkdown(block.empty)}_`;
      const head = `| ${block.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`;
      const rule = `| ${block.columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`;
      const rows = block.rows.map((cells) => `| ${cells.map((cell) => inline(cell, true)).join(' | ')} |`);
      return [head, rule, ...rows].join('\n');
    }
  }
}

/** The report as GitHub-flavoured Markdown; every piece of user text is escaped. */
export function renderReportMarkdown(report: DesignReport): string {
  return `${layoutReport(report).map(renderBlock).join('\n\n')}\n`;
}

/**
 * The design review report of a design as Markdown.
 * @example renderDesignReportMarkdown(design).startsWith('# Design review: ')
 */
export function renderDesignReportMarkdown(design: Design, options: ReportOptions = {}): string {
  return renderReportMarkdown(buildDesignReport(design, options));
}
