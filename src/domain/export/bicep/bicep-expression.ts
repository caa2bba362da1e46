import type { Expr } from '../plan/expr';
import { bicepEscape, bicepString } from './bicep-string';

/** An expression as Bicep source, multi-line for arrays and objects, at the given indentation. */
export function bicepExpression(e: Expr, indent = ''): string {
  const inner = `${indent}  `;
  switch (e.k) {
    case 'str':
      return bicepString(e.v);
    case 'num':
      return String(e.v);
    case 'bool':
      return e.v ? 'true' : 'false';
    case 'arr':
      return e.items.length
        ? `[\n${e.items.map((i) => `${inner}${bicepExpression(i, inner)}`).join('\n')}\n${indent}]`
        : '[]';
    case 'obj':
      return e.entries.length
        ? `{\n${e.entries.map(([k, v]) => `${inner}${k}: ${bicepExpression(v, inner)}`).join('\n')}\n${indent}}`
        : '{}';
    case 'prefixed':
      // an empty name would make '${namePrefix}' (flagged by simplify-interpolation)
      return e.base === '' ? 'namePrefix' : `'\${namePrefix}${bicepEscape(e.base)}'`;
    case 'param':
      return e.name;
    case 'id': {
      const t = e.target;
      if (t.symbol) return `${t.symbol}.id`;
      const args = [
        ...(t.scope ? [bicepString(t.scope.subscriptionId), bicepString(t.scope.resourceGroup)] : []),
        bicepString(t.type),
        ...t.names.map((n) => bicepExpression(n, indent)),
      ];
      return `resourceId(${args.join(', ')})`;
    }
    case 'runtime':
      return `${e.symbol}.properties.${e.property}`;
  }
}
