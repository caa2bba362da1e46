import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { embedDesignInPng, encodePng } from '../../domain/png';
import { whitepaperScenario2 } from '../../domain/samples/whitepaper-scenario-2';
import { openDesignFile } from './open-design-file';

/** A 1×1 PNG built with the domain's encoder, as a browser File-like object. */
async function pngFile(bytes: Uint8Array, name = 'diagram.png') {
  return {
    name,
    size: bytes.length,
    type: 'image/png',
    text: async () => new TextDecoder().decode(bytes),
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

describe('opening a PNG with a design inside', () => {
  it('opens the embedded design', async () => {
    const design = whitepaperScenario2();
    const png = await embedDesignInPng(tinyPng(), design);
    if (!png.ok) throw new Error(png.message);
    const result = await openDesignFile(await pngFile(png.value));
    expect(result.ok && result.design).toEqual(design);
  });

  it('explains an image without a design', async () => {
    const result = await openDesignFile(await pngFile(tinyPng(), 'photo.png'));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('photo.png') });
    expect(!result.ok && result.message).toMatch(/no VNet Studio design/);
  });

  it('explains a damaged file: names it and says what is wrong', async () => {
    const result = await openDesignFile(await pngFile(new Uint8Array([1, 2, 3]), 'broken.png'));
    expect(result).toEqual({
      ok: false,
      message: 'broken.png: This file is not a PNG image (its signature is missing).',
    });
    // a real PNG whose design chunk is cut short is explained as a damaged design, not as "no design"
    const png = await embedDesignInPng(tinyPng(), whitepaperScenario2());
    if (!png.ok) throw new Error(png.message);
    const cut = png.value.slice(0, png.value.length - 40);
    const truncated = await openDesignFile(await pngFile(cut, 'cut.png'));
    expect(truncated.ok).toBe(false);
    expect(!truncated.ok && truncated.message).toMatch(/^cut\.png: /);
    expect(!truncated.ok && truncated.message).not.toMatch(/no VNet Studio design/);
  });
});

function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1×1 RGB
  return encodePng([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: zlibSync(new Uint8Array([0, 255, 0, 0])) },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}
