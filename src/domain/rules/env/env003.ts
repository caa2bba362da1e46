import { findGeography, unsupportedGeographies } from '../../catalog/regions';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { nameOf } from '../shared/names';
import type { Rule } from '../types';

/** ENV003: the environment's geography must be one with VNet support. */
export const env003: Rule = {
  id: 'ENV003',
  severity: 'error',
  title: 'Geography without VNet support',
  docs: DOCS.regions,
  check(design) {
    return design.environments.flatMap((env) => {
      const geo = env.geography.trim().toLowerCase();
      if (findGeography(geo)) return [];
      const why =
        geo === ''
          ? `Environment ${nameOf(env)} has no geography: set the geography it was created in.`
          : `Environment ${nameOf(env)} is in geography "${env.geography}" (${(unsupportedGeographies[geo] ?? 'no Virtual Network support there.').replace(/\.$/, '')}): use an environment in a supported geography.`;
      return [finding(env003, why, [env.id])];
    });
  },
};
