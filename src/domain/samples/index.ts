import type { Design } from '../model/schema';
import { whitepaperScenario1 } from './whitepaper-scenario-1';
import { whitepaperScenario2 } from './whitepaper-scenario-2';

export interface SampleDesign {
  /** File name under examples/ (without .json) and template key. */
  key: string;
  title: string;
  summary: string;
  create(): Design;
}

/** Named sample designs shared by tests, the CLI, examples/ and the studio's templates. */
export const sampleDesigns: readonly SampleDesign[] = [
  {
    key: 'whitepaper-scenario-1',
    title: 'White paper scenario 1',
    summary: 'United States; resources in West US, one of the paired regions.',
    create: whitepaperScenario1,
  },
  {
    key: 'whitepaper-scenario-2',
    title: 'White paper scenario 2',
    summary: 'United States; resources in Central US, peered with both delegated VNets.',
    create: whitepaperScenario2,
  },
];

export function findSample(key: string): SampleDesign | undefined {
  return sampleDesigns.find((s) => s.key === key);
}
