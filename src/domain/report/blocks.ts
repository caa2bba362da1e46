/**
 * A tiny document model between the report data and its formats: the sections are laid out once
 * (by the report-document module), and each renderer only knows how to write blocks, escaping every piece of text.
 */
import type { Severity } from '../rules/types';

export type Inline =
  | string
  | { code: string }
  | { strong: string }
  | { link: string; href: string }
  | { severity: Severity };

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'facts'; items: Array<[string, Inline[]]> }
  | { kind: 'table'; columns: TableColumn[]; rows: Inline[][][]; empty: string }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; language: string; text: string };

/** Only web links become links; anything else in a docs field is shown as text. */
export function isSafeHref(href: string): boolean {
  return /^https:\/\/[^\s"'<>`]+$/.test(href);
}
