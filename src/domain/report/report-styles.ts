/** Inline CSS of the HTML report: readable on screen, compact and unbroken on paper. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --band: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 1.8em; margin: 0 0 0.4em; }
h2 { font-size: 1.35em; margin: 1.8em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
a { color: #0b57d0; }
code, pre { font-family: ui-monospace, SFMono-Regular, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code { background: var(--band); padding: 0.1em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
pre { background: var(--band); border: 1px solid var(--rule); border-radius: 6px; padding: 12px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; padding: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0.5em 0; }
dt { font-weight: 600; color: var(--muted); }
dd { margin: 0; }
/* Wide tables scroll on screen instead of widening the page; on paper they wrap. */
.table-wrap { overflow-x: auto; margin: 0.5em 0 1em; }
table { border-collapse: collapse; margin: 0; width: 100%; font-size: 0.92em; }
th, td { border: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.empty { color: var(--muted); font-style: italic; }
.sev { display: inline-block; min-width: 5.5em; text-align: center; font-weight: 700; font-size: 0.8em; padding: 0 6px; border-radius: 4px; border: 1px solid; }
.sev-error { color: #a40e26; border-color: #a40e26; background: #ffebe9; }
.sev-warning { color: #7d4e00; border-color: #9a6700; background: #fff8c5; }
.sev-info { color: #0a3069; border-color: #0969da; background: #ddf4ff; }
ul.findings li { margin: 0.4em 0; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: 2px 4px; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  table, pre, dl { break-inside: auto; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  a[href^="https:"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); overflow-wrap: anywhere; }
  .sev { background: none; }
}
`.trim();
