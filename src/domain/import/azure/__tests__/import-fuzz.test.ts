/**
 * Fuzzing of the Azure importers: mutated real files, random templates built from the expression
 * language, hostile JSON and random text; 10,000 inputs (small step caps keep each one quick; the caps
 * themselves are tested on purpose-built bombs below). Each must give a loadable design or typed
 * errors; nothing may throw or pollute a prototype. Runaway templates stop at the evaluation caps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDesign } from '../../../model/load';
import { ARM_FUNCTIONS } from '../arm/functions';
import { importAzureFiles } from '../import-azure-files';
import { MAX_IMPORT_TEXT } from '../read-json';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const corpus = join(__dirname, '..', '..', '__corpus__');
const seeds = [
  'eslz/vnetPeering.json',
  'eslz/vnetPeeringHub.json',
  'eslz/vnetRouteTable.json',
  'avm/virtual-network-virtual-network-peering.json',
  'alz-bicep/vnetPeering.json',
  'rest-api-specs/VirtualNetworkGetWithSubnetDelegation.json',
  'rest-api-specs/NatGatewayGet.json',
  'rest-api-specs/getEnterprisePolicy.json',
].map((f) => readFileSync(join(corpus, f), 'utf8'));

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
let inputs = 0;

function check(text: string | string[], maxSteps = 20_000) {
  inputs++;
  const texts = Array.isArray(text) ? text : [text];
  const r = importAzureFiles(
    texts.map((t, i) => ({ name: `f${i}.json`, text: t })),
    { maxSteps },
  );
  if (r.ok) {
    const loaded = parseDesign(JSON.parse(JSON.stringify(r.design)));
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    for (const w of r.warnings) expect(typeof w.message).toBe('string');
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
  }
}

function mutate(source: readonly string[]) {
  return fc
    .record({
      which: fc.nat(),
      edits: fc.array(
        fc.record({
          kind: fc.constantFrom('flip', 'delete', 'insert', 'truncate', 'duplicate'),
          at: fc.nat(),
          char: fc.constantFrom(
            '[',
            ']',
            '(',
            ')',
            "'",
            '"',
            ',',
            '{',
            '}',
            '/',
            '0',
            '9',
            'a',
            ' ',
            '\n',
            '\\',
          ),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map(({ which, edits }) => {
      let text = source[which % source.length] as string;
      for (const { kind, at, char } of edits) {
        const i = text.length === 0 ? 0 : at % text.length;
        if (kind === 'flip') text = text.slice(0, i) + char + text.slice(i + 1);
        else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
        else if (kind === 'insert') text = text.slice(0, i) + char + text.slice(i);
        else if (kind === 'duplicate') text = text.slice(0, i) + text.slice(i, i + 200) + text.slice(i);
        else text = text.slice(0, i);
      }
      return text;
    });
}

const functionNames = Object.keys(ARM_FUNCTIONS);
/** Expressions from the template language: literals, any function with any arguments, property and index access. */
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 8 }).map((s) => `'${s.replaceAll("'", "''")}'`),
    fc.integer({ min: -5, max: 2000 }).map(String),
    fc.constantFrom(
      "'10.0.0.0/16'",
      "'__proto__'",
      "'constructor'",
      "parameters('p')",
      "variables('v')",
      'copyIndex()',
      "lambdaVariables('x')",
      'range(0, 800)',
    ),
    fc
      .tuple(
        fc.constantFrom(...functionNames, 'lambda', 'if', 'and', 'or', 'listKeys', 'reference'),
        fc.array(tie('expr'), { maxLength: 4 }),
      )
      .map(([f, args]) => `${f}(${args.join(', ')})`),
    fc
      .tuple(tie('expr'), fc.constantFrom('.name', '.__proto__', '[0]', "['constructor']", '.properties'))
      .map(([e, a]) => `${e}${a}`),
  ),
})).expr;

const templateString = fc.oneof(
  expression.map((e) => `[${e}]`),
  fc.string({ maxLength: 10 }),
  expression.map((e) => `[[${e}]`),
);

const resource = fc.record(
  {
    type: fc.constantFrom(
      'Microsoft.Network/virtualNetworks',
      'Microsoft.Network/virtualNetworks/subnets',
      'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
      'Microsoft.Network/networkSecurityGroups',
      'Microsoft.Network/routeTables',
      'Microsoft.Network/natGateways',
      'Microsoft.PowerPlatform/enterprisePolicies',
      'Microsoft.Resources/deployments',
      'subnets',
    ),
    name: templateString,
    location: templateString,
    condition: templateString,
    copy: fc.record({
      name: fc.constantFrom('a', 'b'),
      count: fc.oneof(templateString, fc.integer({ min: -1, max: 20 })),
    }),
    properties: fc.record(
      {
        addressSpace: fc.record({ addressPrefixes: fc.array(templateString, { maxLength: 3 }) }),
        addressPrefix: templateString,
        subnets: fc.array(
          fc.record({ name: templateString, properties: fc.record({ addressPrefix: templateString }) }),
          { maxLength: 3 },
        ),
        remoteVirtualNetwork: fc.record({ id: templateString }),
        copy: fc.array(
          fc.record({
            name: fc.constantFrom('subnets', '__proto__'),
            count: templateString,
            input: fc.record({ name: templateString }),
          }),
          { maxLength: 1 },
        ),
        template: fc.constant({
          resources: [{ type: 'Microsoft.Network/virtualNetworks', name: "[parameters('p')]" }],
        }),
        __proto__: fc.record({ polluted: fc.constant(true) }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['type', 'name'] },
);

const template = fc
  .record({
    parameters: fc.dictionary(
      fc.constantFrom('p', 'q', '__proto__', 'constructor'),
      fc.record({
        type: fc.constant('string'),
        defaultValue: fc.oneof(templateString, fc.jsonValue({ maxDepth: 2 })),
      }),
      { maxKeys: 3 },
    ),
    variables: fc.dictionary(
      fc.constantFrom('v', 'w', '__proto__', 'copy'),
      fc.oneof(templateString, fc.jsonValue({ maxDepth: 2 })),
      { maxKeys: 3 },
    ),
    resources: fc.oneof(
      fc.array(resource, { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('vnet', 'sub', '__proto__'), resource, { maxKeys: 3 }),
    ),
    languageVersion: fc.constantFrom(undefined, '2.0'),
  })
  .map((t) => JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...t }));

const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'id',
        'type',
        'value',
        'data',
        'properties',
        'subnets',
        'responses',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('fuzzing the Azure importers', () => {
  afterAll(() => {
    expect(inputs).toBeGreaterThanOrEqual(10_000);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives mutated real files', () => {
    fc.assert(
      fc.property(mutate(seeds), (t) => check(t)),
      { numRuns: 3000, seed: 14 },
    );
  });

  it('survives random templates written in the expression language', () => {
    fc.assert(
      fc.property(template, (t) => check(t, 5_000)),
      { numRuns: 1000, seed: 14 },
    );
  });

  it('survives hostile JSON as a template, as live output and beside another file', () => {
    fc.assert(
      fc.property(hostileJson, (v) => {
        check(JSON.stringify(v));
        check(JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', resources: v }));
      }),
      { numRuns: 2500, seed: 14 },
    );
  });

  it('survives random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (t) => check(t)),
      { numRuns: 1500, seed: 14 },
    );
  });

  it('stops runaway templates at the step cap with a warning: nested copy loops of 800 × 800 × 800', () => {
    const level = (inner: unknown) => ({
      type: 'Microsoft.Resources/deployments',
      name: "[format('d{0}', copyIndex())]",
      copy: { name: 'loop', count: 800 },
      properties: {
        expressionEvaluationOptions: { scope: 'inner' },
        template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [inner] },
      },
    });
    const vnet = {
      type: 'Microsoft.Network/virtualNetworks',
      name: '[uniqueString(deployment().name)]',
      location: 'eastus',
      properties: {},
    };
    const t = JSON.stringify({
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      resources: [level(level(level(vnet)))],
    });
    const r = importAzureFiles([{ name: 'bomb.json', text: t }], { maxSteps: 100_000 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.some((w) => /Evaluation stopped/.test(w.message))).toBe(true);
  });

  it('stops lambda bombs at the step cap', () => {
    const bomb =
      "[length(map(range(0, 10000), lambda('i', map(range(0, 10000), lambda('j', add(lambdaVariables('i'), lambdaVariables('j')))))))]";
    const t = JSON.stringify({
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: 'v',
          location: 'eastus',
          properties: { addressSpace: { addressPrefixes: [bomb] } },
        },
      ],
    });
    const r = importAzureFiles([{ name: 'lambda.json', text: t }], { maxSteps: 100_000 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.some((w) => /Evaluation stopped/.test(w.message))).toBe(true);
  });

  it('refuses what is too large or too deep with a typed error', () => {
    const tooBig = importAzureFiles([{ name: 'big.json', text: ' '.repeat(MAX_IMPORT_TEXT + 1) }]);
    expect(tooBig.ok === false && tooBig.errors[0]?.code).toBe('invalid-json');
    const deep = importAzureFiles([
      { name: 'deep.json', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
    ]);
    expect(deep.ok).toBe(false);
    const wide = importAzureFiles([
      {
        name: 'strings.json',
        text: JSON.stringify({
          $schema: SCHEMA,
          contentVersion: '1.0.0.0',
          resources: [
            {
              type: 'Microsoft.Network/virtualNetworks',
              name: "[padLeft('x', 1000000000, 'y')]",
              properties: {},
            },
          ],
        }),
      },
    ]);
    expect(wide.ok).toBe(true);
  });

  it('keeps __proto__ and constructor as plain keys: no prototype is touched', () => {
    const t = JSON.stringify({
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: { __proto__: { type: 'object', defaultValue: { polluted: true } } },
      variables: {
        x: '[json(\'{"__proto__": {"polluted": true}}\')]',
        y: "[union(createObject('__proto__', createObject('polluted', true)), createObject())]",
      },
      resources: [
        {
          type: 'Microsoft.Network/virtualNetworks',
          name: "[string(variables('x'))]",
          location: "[string(variables('y'))]",
          properties: {
            __proto__: { polluted: true },
            addressSpace: { addressPrefixes: ["[string(parameters('__proto__'))]"] },
          },
        },
      ],
    }).replace(
      '"parameters":{}',
      '"parameters":{"__proto__":{"type":"object","defaultValue":{"polluted":true}}}',
    );
    check(t);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
