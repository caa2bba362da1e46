/**
 * CIDR functions, computed by the studio's own IPv4 module. IPv6 blocks (which ARM accepts) are not
 * modelled and give a typed error, hence a placeholder and a warning.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-cidr
 */
import {
  type Cidr,
  cidrHostAddress,
  describeCidr,
  formatCidr,
  parseCidrLenient,
  subdivideCidr,
} from '../../../../ip/cidr';
import { looksLikeIpv6 } from '../../../../ip/cidr6';
import { ArmEvalError } from '../errors';
import { type ArmValue, emptyObject } from '../values';
import { type ArmFunction, arity, int, str } from './args';

function network(name: string, v: ArmValue | undefined): Cidr {
  const text = str(name, v);
  if (looksLikeIpv6(text)) throw new ArmEvalError(`${name}() of an IPv6 block is not modelled`);
  const c = parseCidrLenient(text);
  if (!c) throw new ArmEvalError(`${name}() expects an IPv4 block such as 10.0.0.0/16, not "${text}"`);
  return c;
}

export const cidrFunctions: Record<string, ArmFunction> = {
  parsecidr: (a) => {
    arity('parseCidr', a, 1);
    return Object.assign(emptyObject(), describeCidr(network('parseCidr', a[0])));
  },
  cidrsubnet: (a) => {
    arity('cidrSubnet', a, 3);
    const c = network('cidrSubnet', a[0]);
    const length = int('cidrSubnet', a[1]);
    const index = int('cidrSubnet', a[2]);
    const sub = subdivideCidr(c, length, index);
    if (!sub) throw new ArmEvalError(`cidrSubnet(): no /${length} number ${index} in ${formatCidr(c)}`);
    return formatCidr(sub);
  },
  cidrhost: (a) => {
    arity('cidrHost', a, 2);
    const c = network('cidrHost', a[0]);
    const index = int('cidrHost', a[1]);
    const host = cidrHostAddress(c, index);
    if (!host) throw new ArmEvalError(`cidrHost(): ${formatCidr(c)} has no usable host number ${index}`);
    return host;
  },
};
