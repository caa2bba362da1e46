import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../domain/import/import-design';
import { whitepaperScenario1 } from '../domain/samples/whitepaper-scenario-1';
import { encodeShareLink } from '../domain/share/share-link';
import { designBlob, designFileName, type FileLike, readDesignFile, readDroppedDesign } from './design-file';

const file = (name: string, text: string, size = text.length): FileLike & { reads: number } => {
  const f = {
    name,
    size,
    reads: 0,
    text: async () => {
      f.reads++;
      return text;
    },
  };
  return f;
};

describe('design files', () => {
  it('names the file after the design', () => {
    expect(designFileName({ ...whitepaperScenario1(), name: 'Hub: East US' })).toBe('hub-east-us.json');
    expect(designFileName({ ...whitepaperScenario1(), name: 'Réseau ✓ / prod' })).toBe('reseau-prod.json');
    expect(designFileName({ ...whitepaperScenario1(), name: '' })).toBe('design.json');
  });

  it('saves pretty JSON in the documented format', async () => {
    const text = await designBlob(whitepaperScenario1()).text();
    expect(text).toBe(serializeDesign(whitepaperScenario1()));
    expect(text.split('\n').length).toBeGreaterThan(50);
  });

  it('opens a saved file to the same design', async () => {
    const result = await readDesignFile(file('a.json', serializeDesign(whitepaperScenario1())));
    expect(result).toStrictEqual({ ok: true, design: whitepaperScenario1(), source: 'file' });
  });

  it('refuses an oversized file without reading it', async () => {
    const big = file('huge.json', '{}', 50 * 1024 * 1024);
    const result = await readDesignFile(big);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    expect(big.reads).toBe(0);
  });

  it('reports an unreadable or invalid file', async () => {
    const broken: FileLike = {
      name: 'x.json',
      size: 3,
      text: () => Promise.reject(new Error('gone')),
    };
    expect(await readDesignFile(broken)).toMatchObject({ ok: false, message: expect.stringMatching(/gone/) });
    expect(await readDesignFile(file('x.json', '[1,2]'))).toMatchObject({ ok: false, code: 'not-a-design' });
  });

  it('opens a dropped file, link or JSON text', async () => {
    const json = serializeDesign(whitepaperScenario1());
    const dropped = (files: FileLike[], data: Record<string, string>) => ({
      files,
      getData: (format: string) => data[format] ?? '',
    });
    expect((await readDroppedDesign(dropped([file('a.json', json)], {})))?.ok).toBe(true);
    const link = await encodeShareLink(whitepaperScenario1(), 'https://vnet-studio.example/');
    const fromLink = await readDroppedDesign(dropped([], { 'text/uri-list': `# comment\r\n${link}\r\n` }));
    expect(fromLink).toMatchObject({ ok: true, source: 'link' });
    expect(await readDroppedDesign(dropped([], { 'text/plain': json }))).toMatchObject({
      ok: true,
      source: 'file',
    });
    expect(await readDroppedDesign(dropped([], {}))).toBeUndefined();
  });
});
