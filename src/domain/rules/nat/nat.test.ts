import { describe } from 'vitest';
import { checkFixtures } from '../../testing/check-fixtures';
import { natFixtures } from './nat.fixtures';

describe('NAT gateway, NSG, route table and DNS rules', () => checkFixtures(natFixtures));
