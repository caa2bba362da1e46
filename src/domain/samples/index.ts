import type { Design } from '../model/schema';
import { hubAndSpoke } from './hub-and-spoke';
import { singleRegionBrazil } from './single-region-brazil';
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
  {
    key: 'single-region-brazil',
    title: 'Single region: Brazil South',
    summary: 'Brazil, a single-region geography: one delegated subnet with a NAT gateway.',
    create: singleRegionBrazil,
  },
  {
    key: 'hub-and-spoke',
    title: 'Hub and spoke with Azure Firewall',
    summary: 'United States; delegated spokes route through a hub firewall and use its VPN gateway.',
    create: hubAndSpoke,
  },
];

export function findSample(key: string): SampleDesign | undefined {
  return sampleDesigns.find((s) => s.key === key);
}
