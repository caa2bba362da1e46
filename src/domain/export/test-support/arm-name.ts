/**
 * Evaluates the ARM template-language expressions that appear in resource names (`format`, `concat`,
 * `parameters`, `variables`, `resourceId` and string literals), so names written differently by `bicep build` and by the exporter
 * can be compared by value.
 */
export function evaluateArmString(
  value: string,
  parameters: Record<string, string>,
  variables: Record<string, string> = {},
): string {
  if (!(value.startsWith('[') && value.endsWith(']'))) return value;
  if (value.startsWith('[[')) return value.slice(1);
  const text = value.slice(1, -1);
  let i = 0;
  const skip = () => {
    while (text[i] === ' ') i++;
  };
  const expect = (c: string) => {
    skip();
    if (text[i] !== c) throw new Error(`Expected "${c}" at ${i} in ${value}`);
    i++;
  };
  const parse = (): string => {
    skip();
    if (text[i] === "'") {
      let out = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`Unterminated string in ${value}`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            out += "'";
            i += 2;
            continue;
          }
          i++;
          return out;
        }
        out += text[i++];
      }
    }
    const name = /^[A-Za-z]+/.exec(text.slice(i))?.[0];
    if (!name) throw new Error(`Unexpected "${text[i]}" at ${i} in ${value}`);
    i += name.length;
    expect('(');
    const args: string[] = [];
    skip();
    if (text[i] === ')') i++;
    else
      for (;;) {
        args.push(parse());
        skip();
        if (text[i] === ',') i++;
        else {
          expect(')');
          break;
        }
      }
    switch (name.toLowerCase()) {
      case 'parameters': {
        const p = parameters[args[0] ?? ''];
        if (p === undefined) throw new Error(`Unknown parameter ${args[0]}`);
        return p;
      }
      case 'variables': {
        const v = variables[args[0] ?? ''];
        if (v === undefined) throw new Error(`Unknown variable ${args[0]}`);
        return evaluateArmString(v, parameters, variables);
      }
      case 'concat':
        return args.join('');
      case 'format':
        return (args[0] ?? '').replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n) =>
          m === '{{' ? '{' : m === '}}' ? '}' : (args[Number(n) + 1] ?? ''),
        );
      case 'resourceid': {
        // a canonical ID; the deployment's own subscription and resource group stay placeholders
        const typeAt = args.findIndex((a) => a.includes('/'));
        const [sub, rg] =
          typeAt === 2
            ? args
            : typeAt === 1
              ? ['{subscription}', args[0]]
              : ['{subscription}', '{resourceGroup}'];
        const [namespace, ...types] = (args[typeAt] ?? '').split('/');
        const path = types.map((t, n) => `/${t}/${args[typeAt + 1 + n] ?? ''}`).join('');
        return `/subscriptions/${sub}/resourceGroups/${rg}/providers/${namespace}${path}`;
      }
      case 'extensionresourceid': {
        // a scope id, then the type and its names: what `bicep build` writes for existing resources elsewhere
        const [scope = '', type = '', ...names] = args;
        const [namespace, ...types] = type.split('/');
        const path = types.map((t, n) => `/${t}/${names[n] ?? ''}`).join('');
        return `${scope}/providers/${namespace}${path}`;
      }
      default:
        throw new Error(`Function ${name} is not supported in names (${value})`);
    }
  };
  const result = parse();
  skip();
  if (i !== text.length) throw new Error(`Trailing text at ${i} in ${value}`);
  return result;
}
