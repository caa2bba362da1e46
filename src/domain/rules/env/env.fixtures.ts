import { createEnvironment, createPolicy } from '../../model/factories';
import { type RuleFixture, variant } from '../../testing/rule-fixture';

/** A design that triggers each ENV rule, and a close one that doesn't. */
export const envFixtures: RuleFixture[] = [
  {
    ruleId: 'ENV001',
    name: 'a linked Trial environment',
    trigger: variant((d) => {
      d.environments[0]!.type = 'Trial';
    }),
    objectIds: ['env', 'pol'],
    message: /env-prod is a Trial environment/,
    near: variant((d) => {
      d.environments.push(createEnvironment({ id: 'trial', type: 'Trial' }));
    }),
  },
  {
    ruleId: 'ENV002',
    name: 'a linked environment that is not managed',
    trigger: variant((d) => {
      d.environments[0]!.managed = false;
    }),
    objectIds: ['env', 'pol'],
    message: /turn on Managed Environments/,
    near: variant((d) => {
      d.environments.push(createEnvironment({ id: 'unmanaged', managed: false }));
    }),
  },
  {
    ruleId: 'ENV003',
    name: 'an environment in China',
    trigger: variant((d) => {
      d.environments[0]!.geography = 'china';
    }),
    objectIds: ['env'],
    message: /China has no Virtual Network support/,
    near: variant((d) => {
      d.environments[0]!.geography = 'unitedstateseuap';
    }),
  },
  {
    ruleId: 'ENV004',
    name: 'a United States environment on a centraluseuap policy; unitedstateseuap is the one it may use',
    trigger: variant((d) => {
      d.policies[0]!.location = 'centraluseuap';
    }),
    objectIds: ['env', 'pol'],
    message:
      'Environment env-prod is in United States (unitedstates) but policy ep-us is for United States (early release) (centraluseuap): link it to a policy with location unitedstates or unitedstateseuap.',
    near: variant((d) => {
      d.policies[0]!.location = 'unitedstateseuap';
    }),
  },
  {
    ruleId: 'ENV004',
    name: 'a United Arab Emirates environment links to a uae policy',
    trigger: variant((d) => {
      d.environments.push(
        createEnvironment({ id: 'uae-env', geography: 'unitedarabemirates', policyIds: ['pol-uae'] }),
      );
      d.policies.push(createPolicy({ id: 'pol-uae', location: 'uk' }));
    }),
    objectIds: ['uae-env', 'pol-uae'],
    message: /link it to a policy with location uae/,
    near: variant((d) => {
      d.environments.push(
        createEnvironment({ id: 'uae-env', geography: 'unitedarabemirates', policyIds: ['pol-uae'] }),
      );
      d.policies.push(createPolicy({ id: 'pol-uae', location: 'uae' }));
    }),
  },
  {
    ruleId: 'ENV004',
    name: 'a European environment on a US policy; the UK alias is fine',
    trigger: variant((d) => {
      d.environments[0]!.geography = 'europe';
    }),
    objectIds: ['env', 'pol'],
    message: /link it to a policy with location europe/,
    near: variant((d) => {
      d.environments.push(
        createEnvironment({ id: 'uk-env', geography: 'unitedkingdom', policyIds: ['pol-uk'] }),
      );
      d.policies.push(createPolicy({ id: 'pol-uk', location: 'uk' }));
    }),
  },
  {
    ruleId: 'ENV005',
    name: 'an environment linked to two policies',
    trigger: variant((d) => {
      d.policies.push(createPolicy({ id: 'pol2', name: 'ep-us-2' }));
      d.environments[0]!.policyIds.push('pol2');
    }),
    objectIds: ['env', 'pol', 'pol2'],
    message: /linked to 2 policies \(ep-us and ep-us-2\)/,
    near: variant((d) => {
      d.policies.push(createPolicy({ id: 'pol2', name: 'ep-us-2' }));
      d.environments[0]!.policyIds.push('pol');
    }),
  },
  {
    ruleId: 'ENV006',
    name: 'an early-release environment sharing a policy',
    trigger: variant((d) => {
      d.environments.push(createEnvironment({ id: 'early', earlyRelease: true, policyIds: ['pol'] }));
    }),
    objectIds: ['early', 'pol', 'env'],
    near: variant((d) => {
      d.environments[0]!.earlyRelease = true;
    }),
  },
  {
    ruleId: 'ENV007',
    name: 'an environment linked to nothing (a dangling link counts as none)',
    trigger: variant((d) => {
      d.environments.push(createEnvironment({ id: 'loose', policyIds: ['no-such-policy'] }));
    }),
    objectIds: ['loose'],
    near: variant(() => {}),
  },
];
