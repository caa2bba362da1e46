export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  problems: string[];
}
export const ORACLE_SUITES: RegExp[];
export function countVitestReport(report: unknown, options?: { root?: string; inCi?: boolean }): Counts;
export function countPlaywrightReport(report: unknown): Counts;
