import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../domain/import/import-design';
import { MAX_DESIGN_TEXT, parseDesignJson } from '../domain/model/load';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { createLargeDesign } from '../domain/testing/large-design';
import { checkKeepable } from './keepable-design';
import { unkeepableDesign } from './keepable-design.test-support';

describe('the one size limit of the studio', () => {
  it('keeps what the loader reopens, including the benchmark design', () => {
    expect(checkKeepable(whitepaperScenario1())).toEqual({ ok: true });
    expect(checkKeepable(createLargeDesign())).toEqual({ ok: true });
  });

  it('refuses a design whose file passes the loader limit, with the loader reason', () => {
    const design = unkeepableDesign();
    const text = serializeDesign(design);
    expect(text.length).toBeGreaterThan(MAX_DESIGN_TEXT);
    // The compact form alone would fit: the file is what decides.
    expect(JSON.stringify(design).length).toBeLessThan(MAX_DESIGN_TEXT);
    const result = checkKeepable(design);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      new RegExp(`could not be opened again once saved: The document is ${text.length} characters`),
    );
  });

  it('agrees with the loader on a design the schema refuses', () => {
    const design = { ...whitepaperScenario1(), name: 'n'.repeat(201) };
    expect(parseDesignJson(serializeDesign(design)).ok).toBe(false);
    const result = checkKeepable(design);
    expect(!result.ok && result.reason).toMatch(/\$\.name: /);
  });
});
