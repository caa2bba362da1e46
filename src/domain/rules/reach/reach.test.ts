import { describe } from 'vitest';
import { checkFixtures } from '../../testing/check-fixtures';
import { reachFixtures } from './reach.fixtures';

describe('reachability rules', () => checkFixtures(reachFixtures));
