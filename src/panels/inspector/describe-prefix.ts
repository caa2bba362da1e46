import { AZURE_RESERVED_PER_SUBNET } from '../../domain/catalog/limits';
import { azureUsable, cidrSize, firstUsable, lastUsable, tryParseCidr } from '../../domain/ip/cidr';
import { formatCount } from '../shared/format';

/**
 * One line on what a subnet prefix holds: size, Azure's 5 reserved addresses and the usable range.
 * https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#are-there-any-restrictions-on-using-ip-addresses-within-these-subnets
 */
export function describePrefix(prefix: string): string | undefined {
  const cidr = tryParseCidr(prefix);
  if (!cidr) return undefined;
  const first = firstUsable(cidr);
  const last = lastUsable(cidr);
  const range = first && last ? ` (${first} – ${last})` : '';
  return `${formatCount(cidrSize(cidr))} addresses · ${AZURE_RESERVED_PER_SUBNET} reserved by Azure · ${formatCount(azureUsable(cidr))} usable${range}`;
}
