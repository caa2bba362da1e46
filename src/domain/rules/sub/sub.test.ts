import { describe } from 'vitest';
import { checkFixtures } from '../../testing/check-fixtures';
import { subFixtures } from './sub.fixtures';

describe('delegated subnet rules', () => checkFixtures(subFixtures));
