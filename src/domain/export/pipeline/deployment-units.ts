import type { Design } from '../../model/schema';
import { exportFileStem } from '../file-stem';
import { buildExportPlan, type PlanOptions } from '../plan/build-plan';
import { sameScope, scopeKey } from '../plan/scopes';
import type { ExportPlan } from '../plan/types';

/** One resource group a pipeline deploys: its template and script files (as `export` names them). */
export interface DeploymentUnit {
  subscriptionId: string;
  resourceGroup: string;
  /** Azure region for creating the resource group: that of its first VNet, else the design's first VNet. */
  location: string;
  /** File name stem: `<stem>.bicep` and `<stem>.ps1`. */
  stem: string;
  /** Environment ID parameters the script needs that the design does not know. */
  unknownEnvironmentIds: number;
}

/** Every scope of the export (selection), each with the file names `vnet-studio export` gives it. */
export function deploymentUnits(
  design: Design,
  options: PlanOptions,
): { plan: ExportPlan; units: DeploymentUnit[] } {
  const plan = buildExportPlan(design, options);
  const fallbackRegion = plan.design.vnets[0]?.region ?? 'eastus';
  const units = plan.scopes.map((scope) => {
    const scoped = sameScope(scope, plan.scope)
      ? plan
      : buildExportPlan(design, { ...options, scope: scopeKey(scope) });
    const vnet = scoped.design.vnets.find((v) => sameScope(v, scope));
    const linked = new Set(
      scoped.policies.flatMap(({ policy }) =>
        scoped.design.environments
          .filter((e) => e.policyIds.includes(policy.id) && !e.environmentId)
          .map((e) => e.id),
      ),
    );
    return {
      subscriptionId: scope.subscriptionId,
      resourceGroup: scope.resourceGroup,
      location: vnet?.region ?? fallbackRegion,
      stem: exportFileStem(scoped),
      unknownEnvironmentIds: linked.size,
    };
  });
  return { plan, units };
}
