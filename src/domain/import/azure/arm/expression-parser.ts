/**
 * The ARM template expression language: a string `"[...]"` holds one expression made of string and
 * integer literals, function calls and property / index access. `"[[..."` is an escaped literal.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions
 */

export type ArmNode =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'call'; name: string; args: ArmNode[] }
  | { type: 'property'; target: ArmNode; name: string }
  | { type: 'index'; target: ArmNode; index: ArmNode };

export class ArmSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** Longest expression parsed, in characters, and deepest nesting: hostile input can't exhaust the stack. */
export const MAX_EXPRESSION_LENGTH = 64 * 1024;
export const MAX_EXPRESSION_DEPTH = 64;

/**
 * What a template string means: a literal (escapes removed) or an expression's text.
 * @example classifyTemplateString("[[not an expression]") // { kind: 'literal', value: '[not an expression]' }
 */
export function classifyTemplateString(
  s: string,
): { kind: 'literal'; value: string } | { kind: 'expression'; text: string } {
  if (s.startsWith('[[')) return { kind: 'literal', value: s.slice(1) };
  if (s.length >= 2 && s.startsWith('[') && s.endsWith(']'))
    return { kind: 'expression', text: s.slice(1, -1) };
  return { kind: 'literal', value: s };
}

const isIdentStart = (c: string) => /[A-Za-z_$]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$.]/.test(c);

/** Parses the text between the brackets. Throws `ArmSyntaxError`; callers turn it into a warning. */
export function parseArmExpression(text: string): ArmNode {
  if (text.length > MAX_EXPRESSION_LENGTH) throw new ArmSyntaxError('the expression is too long', 0);
  let i = 0;
  let depth = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const expect = (c: string) => {
    skip();
    if (text[i] !== c) throw new ArmSyntaxError(`expected "${c}" at ${i}`, i);
    i++;
  };

  const primary = (): ArmNode => {
    skip();
    const c = text[i];
    if (c === undefined) throw new ArmSyntaxError('unexpected end of expression', i);
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new ArmSyntaxError('unterminated string', i);
        const ch = text[i] as string;
        if (ch === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      return { type: 'string', value };
    }
    if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(i, i + 40));
      if (!m) throw new ArmSyntaxError(`unexpected "${c}" at ${i}`, i);
      i += m[0].length;
      return { type: 'number', value: Number(m[0]) };
    }
    if (isIdentStart(c)) {
      const from = i;
      while (i < text.length && isIdentPart(text[i] as string)) i++;
      const name = text.slice(from, i);
      skip();
      if (text[i] !== '(') {
        const lower = name.toLowerCase();
        if (lower === 'true' || lower === 'false' || lower === 'null')
          return { type: 'call', name: lower, args: [] };
        throw new ArmSyntaxError(`"${name}" must be called as a function`, from);
      }
      i++;
      const args: ArmNode[] = [];
      skip();
      if (text[i] === ')') {
        i++;
        return { type: 'call', name, args };
      }
      for (;;) {
        args.push(expression());
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(')');
        return { type: 'call', name, args };
      }
    }
    throw new ArmSyntaxError(`unexpected "${c}" at ${i}`, i);
  };

  const expression = (): ArmNode => {
    if (++depth > MAX_EXPRESSION_DEPTH) throw new ArmSyntaxError('the expression nests too deeply', i);
    let node = primary();
    for (;;) {
      skip();
      const c = text[i];
      if (c === '.') {
        i++;
        skip();
        if (text[i] === '?') i++; // `.?name`: a safe dereference reads the same here (missing → null)
        skip();
        const from = i;
        while (i < text.length && /[A-Za-z0-9_$]/.test(text[i] as string)) i++;
        if (i === from) throw new ArmSyntaxError(`expected a property name at ${i}`, i);
        node = { type: 'property', target: node, name: text.slice(from, i) };
      } else if (c === '[') {
        i++;
        const index = expression();
        expect(']');
        node = { type: 'index', target: node, index };
      } else break;
    }
    depth--;
    return node;
  };

  const node = expression();
  skip();
  if (i !== text.length) throw new ArmSyntaxError(`unexpected "${text[i]}" at ${i}`, i);
  return node;
}

/** The expression as text again (for placeholder reasons and warnings). */
export function formatArmNode(node: ArmNode): string {
  switch (node.type) {
    case 'string':
      return `'${node.value.replaceAll("'", "''")}'`;
    case 'number':
      return String(node.value);
    case 'call':
      return `${node.name}(${node.args.map(formatArmNode).join(', ')})`;
    case 'property':
      return `${formatArmNode(node.target)}.${node.name}`;
    case 'index':
      return `${formatArmNode(node.target)}[${formatArmNode(node.index)}]`;
  }
}
