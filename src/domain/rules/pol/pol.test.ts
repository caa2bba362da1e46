import { describe } from 'vitest';
import { checkFixtures } from '../../testing/check-fixtures';
import { polFixtures } from './pol.fixtures';

describe('enterprise policy rules', () => checkFixtures(polFixtures));
