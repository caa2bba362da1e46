import { DOCS } from '../shared/docs';
import { finding } from '../shared/finding';
import { listNames, nameOf } from '../shared/names';
import type { Finding, Rule } from '../types';

/** NSG002: two security rules of one NSG can't share a priority in the same direction. */
export const nsg002: Rule = {
  id: 'NSG002',
  severity: 'error',
  title: 'Two NSG rules share a priority',
  docs: DOCS.nsg,
  check(design) {
    const out: Finding[] = [];
    for (const nsg of design.nsgs) {
      const groups = new Map<string, string[]>();
      for (const r of nsg.rules) {
        const key = `${r.direction} ${r.priority}`;
        const names = groups.get(key);
        const label = r.name.trim() || '(unnamed)';
        if (names) names.push(label);
        else groups.set(key, [label]);
      }
      for (const [key, names] of groups) {
        if (names.length < 2) continue;
        const [direction, priority] = key.split(' ');
        out.push(
          finding(
            nsg002,
            `NSG ${nameOf(nsg)} has ${names.length} ${direction?.toLowerCase()} rules at priority ${priority} (${listNames(names)}): Azure refuses the NSG; give each a different priority.`,
            [nsg.id],
          ),
        );
      }
    }
    return out;
  },
};
