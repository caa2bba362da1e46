/**
 * The IP plan as TSV (for pasting into Excel or Confluence as a table) and CSV (RFC 4180, for files).
 *
 * Spreadsheet formula injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return would be evaluated as a formula by Excel, LibreOffice or Google Sheets when the file is opened
 * or pasted. Such cells get a leading apostrophe (`'=HYPERLINK(...)`), which spreadsheets show as text.
 * Numeric columns are written as plain numbers and never prefixed, so negative headroom stays a number.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
import { formatIpPlanCell, ipPlanColumns } from './columns';
import type { IpPlanColumn, IpPlanRow } from './types';

/** A byte-order mark some spreadsheets (Excel) need to read a UTF-8 CSV as UTF-8. Not added by default. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r']/;

/** Prefixes an apostrophe to text a spreadsheet would run as a formula (or would strip an apostrophe from). */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds a comma, quote, CR or LF, doubling inner quotes (RFC 4180 §2). */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cell(row: IpPlanRow, column: IpPlanColumn): string {
  const text = formatIpPlanCell(row, column.key);
  return column.numeric ? text : guardFormula(text);
}

export interface DelimitedOptions {
  /** Columns to write, in order (default: every IP plan column). */
  columns?: readonly IpPlanColumn[];
}

/**
 * RFC 4180 CSV: a header line of column labels, CRLF line ends (also after the last record), fields
 * quoted when needed, formula-like text cells guarded.
 */
export function renderIpPlanCsv(rows: readonly IpPlanRow[], options: DelimitedOptions = {}): string {
  const columns = options.columns ?? ipPlanColumns;
  const lines = [columns.map((c) => quoteCsvField(guardFormula(c.label)))];
  for (const row of rows) lines.push(columns.map((c) => quoteCsvField(cell(row, c))));
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/** Tabs and line breaks inside a cell would split the pasted table, so they become spaces. */
function flattenTsvCell(text: string): string {
  return text.replace(/\r\n|[\t\r\n]/g, ' ');
}

/**
 * Tab-separated values with a header line, one line per row (LF), no quoting: tabs and line breaks
 * inside cells become spaces, and formula-like text cells are guarded as in the CSV.
 */
export function renderIpPlanTsv(rows: readonly IpPlanRow[], options: DelimitedOptions = {}): string {
  const columns = options.columns ?? ipPlanColumns;
  const lines = [columns.map((c) => flattenTsvCell(c.label)).join('\t')];
  // Guard before flattening: a leading tab must still earn its apostrophe, not vanish into a space.
  for (const row of rows) lines.push(columns.map((c) => flattenTsvCell(cell(row, c))).join('\t'));
  return `${lines.join('\n')}\n`;
}
