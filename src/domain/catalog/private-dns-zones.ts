/**
 * The private DNS zone each kind of private resource's endpoint registers in.
 * https://learn.microsoft.com/azure/private-link/private-endpoint-dns
 */
import type { PrivateResource } from '../model/schema';

export const privateDnsZoneByKind: Record<PrivateResource['kind'], string> = {
  Sql: 'privatelink.database.windows.net',
  Storage: 'privatelink.blob.core.windows.net',
  KeyVault: 'privatelink.vaultcore.azure.net',
  Api: 'privatelink.azure-api.net',
  OnPremises: 'privatelink.database.windows.net',
  Other: 'privatelink.database.windows.net',
};
