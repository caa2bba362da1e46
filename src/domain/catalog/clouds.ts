/**
 * Azure clouds: which cloud an Azure region or a Power Platform policy location belongs to, and the names
 * each tool uses for it. Sources: Azure's sovereign cloud documentation (US Government, China) and
 * Microsoft's EnterprisePolicies module (`Types.psm1`: the `-Endpoint` values of `Enable-SubnetInjection`).
 * https://learn.microsoft.com/azure/azure-government/documentation-government-developer-guide
 */

export type CloudId = 'public' | 'usgov' | 'china';

export interface Cloud {
  id: CloudId;
  label: string;
  /** `Connect-AzAccount -Environment` (and `Enable-SubnetInjection -AzureEnvironment`). */
  azEnvironment: string;
  /** `az cloud set --name`. */
  azCliCloud: string;
}

export const clouds: Readonly<Record<CloudId, Cloud>> = {
  public: {
    id: 'public',
    label: 'Azure public cloud',
    azEnvironment: 'AzureCloud',
    azCliCloud: 'AzureCloud',
  },
  usgov: {
    id: 'usgov',
    label: 'Azure US Government',
    azEnvironment: 'AzureUSGovernment',
    azCliCloud: 'AzureUSGovernment',
  },
  china: {
    id: 'china',
    label: 'Azure China',
    azEnvironment: 'AzureChinaCloud',
    azCliCloud: 'AzureChinaCloud',
  },
};

/** The cloud an Azure region belongs to (`usgovvirginia`, `usdodeast` → US Government; `chinanorth3` → China). */
export function cloudOfRegion(region: string): Cloud {
  const r = region.trim().toLowerCase();
  if (/^(usgov|usdod)/.test(r)) return clouds.usgov;
  if (/^china/.test(r)) return clouds.china;
  return clouds.public;
}

/**
 * The `Enable-SubnetInjection -Endpoint` value for a policy location: `prod` (the default, public cloud),
 * `usgovhigh` for GCC High, `dod` for DoD, `china` for China.
 */
export function powerPlatformEndpoint(policyLocation: string): 'prod' | 'usgovhigh' | 'dod' | 'china' {
  const loc = policyLocation.trim().toLowerCase();
  if (loc === 'usgov') return 'usgovhigh';
  if (loc === 'usdod') return 'dod';
  if (loc === 'china') return 'china';
  return 'prod';
}

/** The cloud of a policy location (the Azure side of the link step). */
export function cloudOfPolicyLocation(policyLocation: string): Cloud {
  const endpoint = powerPlatformEndpoint(policyLocation);
  if (endpoint === 'usgovhigh' || endpoint === 'dod') return clouds.usgov;
  if (endpoint === 'china') return clouds.china;
  return clouds.public;
}
