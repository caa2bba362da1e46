import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { encodeShareLink } from '../share/share-link';
import {
  checkDesignFileSize,
  importDesignJson,
  importDesignText,
  MAX_DESIGN_FILE_BYTES,
  serializeDesign,
} from './import-design';

describe('importing designs', () => {
  it('saves pretty JSON that opens to the same design', () => {
    const design = whitepaperScenario1();
    const text = serializeDesign(design);
    expect(text).toContain('\n  "format": "vnet-studio/design",');
    const back = importDesignJson(text);
    expect(back).toStrictEqual({ ok: true, design, source: 'file' });
  });

  it('reports a bad file with its code and every problem', () => {
    const r = importDesignJson('{"format":"vnet-studio/design","version":9}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('newer-version');
      expect(r.message).toMatch(/newer VNet Studio/);
    }
    const bad = importDesignJson('{oops');
    expect(!bad.ok && bad.code).toBe('invalid-json');
  });

  it('tells JSON from links when text is pasted or dropped', async () => {
    const design = whitepaperScenario1();
    const fromLink = await importDesignText(await encodeShareLink(design, 'http://127.0.0.1:5173/'));
    expect(fromLink).toStrictEqual({ ok: true, design, source: 'link' });
    const fromJson = await importDesignText(`  ${serializeDesign(design)}`);
    expect(fromJson.ok && fromJson.source).toBe('file');
    const neither = await importDesignText('https://example.com/#nothing-here');
    expect(neither).toMatchObject({ ok: false, source: 'link', code: 'not-a-link' });
  });

  it('refuses an oversized file on its size alone', () => {
    expect(checkDesignFileSize(1000)).toBeUndefined();
    expect(checkDesignFileSize(MAX_DESIGN_FILE_BYTES + 1, 'big.json')).toMatch(/^big\.json is 8\.0 MB/);
  });
});
