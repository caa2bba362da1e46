import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../domain/import/import-design';
import { DESIGN_LIMITS } from '../domain/model/design-limits';
import { parseDesignJson } from '../domain/model/load';
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
    expect(text.length).toBeGreaterThan(DESIGN_LIMITS.fileText);
    // The compact form alone would fit: the file is what decides.
    expect(JSON.stringify(design).length).toBeLessThan(DESIGN_LIMITS.fileText);
    const result = checkKeepable(design);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      new RegExp(
        `could not be opened again once saved: The design.s file would be ${(text.length / 1024 / 1024).toFixed(1)} MiB`,
      ),
    );
  });

  it('agrees with the loader: what it keeps opens again, what it refuses would not', () => {
    for (const design of [whitepaperScenario1(), createLargeDesign(), unkeepableDesign()]) {
      expect(checkKeepable(design).ok).toBe(parseDesignJson(serializeDesign(design)).ok);
    }
  });
});
