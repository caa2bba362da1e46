export const cliOutDir: string;
export const cliEntry: string;
export function cliBuildIsStale(): boolean;
export function buildCli(): Promise<string[]>;
export function ensureCliBuilt(): Promise<void>;
