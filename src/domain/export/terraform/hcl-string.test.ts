/**
 * HCL escaping as properties over arbitrary and hostile text: HashiCorp's parser reads every string
 * back as exactly the design's (well-formed) text, with no interpolation or directive, and comments
 * and identifiers stay what they must be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTemplate, loadHclParser } from '../test-support/terraform-hcl';
import { wellFormed } from '../text-safety';
import { hclComment, hclEscape, hclIdentifier, hclString } from './hcl-string';
import { TerraformLabels } from './terraform-labels';

const parse = await loadHclParser();
const inCi = process.env.CI === 'true';

const hazards = fc
  .array(
    fc.constantFrom(
      '"',
      '\\',
      '$',
      '%',
      '{',
      '}',
      '${',
      '%{',
      '$${',
      '%%{',
      '$$',
      '\n',
      '\r',
      '\t',
      '\u2028',
      '\u202e',
      '\u200d',
      '\ufeff',
      '\u0085',
      '\u0000',
      '😀',
      'é',
      '#',
      '//',
      '/*',
      '<<EOF',
      '\uD800',
      'a',
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), hazards);

describe('HCL strings', () => {
  it('escapes quotes, backslashes, line breaks, template introducers and invisible characters', () => {
    expect(hclString('say "hi" \\ ${x} %{if} $ % {')).toBe('"say \\"hi\\" \\\\ $${x} %%{if} $ % {"');
    expect(hclString('a\nb\r\tc')).toBe('"a\\nb\\r\\tc"');
    expect(hclString('\u202e\u2028\u0000')).toBe('"\\u202E\\u2028\\u0000"');
    expect(hclString('Zürich 😀')).toBe('"Zürich 😀"');
    expect(hclEscape('\uD800')).toBe('\uFFFD');
    expect(hclEscape('e\u0301')).toBe('\u00e9');
  });

  it('never leaves an unescaped quote or line break, and doubles every template introducer', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const body = hclEscape(s);
        expect(body).not.toMatch(/[\n\r\u2028\u2029]/);
        const unescaped = body.replace(/\\[\\"nrt]|\\u[0-9A-F]{4}|\\U[0-9A-F]{8}/g, '_');
        expect(unescaped).not.toMatch(/["\\]/);
        // scanned left to right as HCL does, `$${` and `%%{` are literals and nothing else opens a template
        expect(() =>
          evaluateTemplate(unescaped, (e) => {
            throw new Error(`interpolation \${${e}}`);
          }),
        ).not.toThrow();
      }),
    );
  });

  it.runIf(parse)(
    "reads back through HashiCorp's parser as the same text",
    async () => {
      const read = parse as NonNullable<typeof parse>;
      await fc.assert(
        fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 8 }), async (strings) => {
          const text = strings.map((s, i) => `a${i} = ${hclString(s)}\n`).join('');
          const json = (await read('t.tf', `locals {\n${text}}\n`)) as { locals: Record<string, string>[] };
          const values = json.locals[0] as Record<string, string>;
          strings.forEach((s, i) => {
            const back = evaluateTemplate(values[`a${i}`] as string, (e) => {
              throw new Error(`interpolation \${${e}} in ${JSON.stringify(s)}`);
            });
            // HCL reads every literal in Unicode normalization form C
            expect(back).toBe(wellFormed(s).normalize('NFC'));
          });
        }),
        { numRuns: 60 },
      );
    },
    120_000,
  );

  it.runIf(inCi && !parse)('has the HCL parser in CI', () => {
    expect(parse).toBeDefined();
  });
});

describe('HCL comments', () => {
  it('stay on one line, free of bidirectional and other invisible characters', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(hclComment(s)).not.toMatch(
          /[\n\r\u2028\u2029\u0085\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/,
        );
      }),
    );
  });
});

describe('identifiers and labels', () => {
  it('are snake case ASCII identifiers starting with a letter', () => {
    expect(hclIdentifier('vnet-hub-WestEurope', 'vnet')).toBe('vnet_hub_west_europe');
    expect(hclIdentifier('Zürich 😀', 'vnet')).toBe('zurich');
    expect(hclIdentifier('10.0.0.0', 'vnet')).toBe('vnet_10_0_0_0');
    expect(hclIdentifier('"${}"', 'vnet')).toBe('vnet');
    fc.assert(
      fc.property(anyText, (s) => {
        expect(hclIdentifier(s, 'x')).toMatch(/^[a-z][a-z0-9_]*$/);
      }),
    );
  });

  it('resolve collisions per type by the design id, deterministically', () => {
    const claim = () => {
      const labels = new TerraformLabels();
      return [
        labels.claim('azurerm_virtual_network', ['hub'], 'vnet-1', 'vnet'),
        labels.claim('azurerm_virtual_network', ['HUB'], 'vnet-2', 'vnet'),
        labels.claim('azurerm_subnet', ['hub'], 'snet-1', 'subnet'),
        labels.claim('azurerm_virtual_network', ['hub'], 'vnet-2', 'vnet'),
      ];
    };
    expect(claim()).toEqual(['hub', 'hub_vnet_2', 'hub', 'hub_vnet_2_2']);
    expect(claim()).toEqual(claim());
  });

  it('keep the other labels when an object is added before them', () => {
    const labels = new TerraformLabels();
    labels.claim('azurerm_virtual_network', ['new'], 'vnet-0', 'vnet');
    expect(labels.claim('azurerm_virtual_network', ['hub'], 'vnet-1', 'vnet')).toBe('hub');
  });
});
