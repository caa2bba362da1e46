import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleDesigns } from '../samples';
import { embedDesignInPng, readDesignFromPng } from './design-png';
import { embedPngText, readPngText } from './embed-design';
import { encodePng } from './png-chunks';

function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1×1 RGB
  return encodePng([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: zlibSync(new Uint8Array([0, 255, 0, 0])) },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}

describe('embedDesignInPng / readDesignFromPng', () => {
  for (const sample of sampleDesigns) {
    it(`reopens ${sample.key} from the image`, async () => {
      const design = sample.create();
      const png = await embedDesignInPng(tinyPng(), design);
      if (!png.ok) throw new Error(png.message);
      const text = readPngText(png.value);
      // The image carries the design's share link (version 3 when it has hub objects, else version 1).
      const hasHubObjects = design.firewalls.length + design.gateways.length + design.bastions.length > 0;
      expect(text.ok && text.value.startsWith(hasHubObjects ? 'd3.' : 'd1.')).toBe(true);
      const back = await readDesignFromPng(png.value);
      if (!back.ok) throw new Error(back.message);
      expect(back.design).toEqual(design);
    });
  }

  it('says so when the image carries no design', async () => {
    const r = await readDesignFromPng(tinyPng());
    expect(r).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('passes on PNG damage and bad payloads as typed errors', async () => {
    expect(await readDesignFromPng(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, code: 'not-png' });
    const bogus = embedPngText(tinyPng(), 'd1.%%%not-base64');
    if (!bogus.ok) throw new Error(bogus.message);
    const r = await readDesignFromPng(bogus.value);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/^The design in this image could not be read/);
    const future = embedPngText(tinyPng(), 'd999.AAAA');
    if (!future.ok) throw new Error(future.message);
    expect(await readDesignFromPng(future.value)).toMatchObject({ ok: false, code: 'newer-version' });
  });
});
