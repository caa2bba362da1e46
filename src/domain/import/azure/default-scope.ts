/** Placeholder subscription and resource group for templates and plans when the user gives none. */
export const DEFAULT_IMPORT_SCOPE = {
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  resourceGroup: 'resource-group',
} as const;
