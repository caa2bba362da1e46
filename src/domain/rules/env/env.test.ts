import { describe } from 'vitest';
import { checkFixtures } from '../../testing/check-fixtures';
import { envFixtures } from './env.fixtures';

describe('environment rules', () => checkFixtures(envFixtures));
