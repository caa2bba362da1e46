import { SUBNET_NAME, VNET_NAME } from '../../catalog/limits';
import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import type { Finding, Rule } from '../types';

const CHARS = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;

/** What is wrong with a name, or undefined when Azure accepts it. */
export function nameProblem(name: string, min: number, max: number): string | undefined {
  if (name.length >= min && name.length <= max && CHARS.test(name)) return undefined;
  if (name.length < min) return name.length === 0 ? 'is empty' : `is shorter than ${min} characters`;
  if (name.length > max) return `is longer than ${max} characters`;
  if (/[^A-Za-z0-9_.-]/.test(name)) return 'may only use letters, digits, "_", "." and "-"';
  if (!/^[A-Za-z0-9]/.test(name)) return 'must start with a letter or digit';
  if (!CHARS.test(name)) return 'must end with a letter, digit or "_"';
  return undefined;
}

/** NET009: Azure's naming rules for VNets, subnets and enterprise policies. */
export const net009: Rule = {
  id: 'NET009',
  severity: 'error',
  title: 'Name breaks Azure naming rules',
  docs: DOCS.naming,
  check(design) {
    const out: Finding[] = [];
    const check = (kind: string, e: { id: string; name: string }, len: { min: number; max: number }) => {
      const problem = nameProblem(e.name, len.min, len.max);
      if (!problem) return;
      const shown = e.name === '' ? `${kind} ${e.id}` : `${kind} name "${e.name}"`;
      out.push(
        finding(
          net009,
          `${shown} ${problem}: use ${len.min}–${len.max} letters, digits, "_", "." or "-", starting with a letter or digit and ending with a letter, digit or "_".`,
          [e.id],
        ),
      );
    };
    for (const v of design.vnets) check('VNet', v, VNET_NAME);
    for (const s of design.subnets) check('Subnet', s, SUBNET_NAME);
    for (const p of design.policies) check('Policy', p, VNET_NAME);
    return out;
  },
};
