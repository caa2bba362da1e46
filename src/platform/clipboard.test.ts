import { describe, expect, it } from 'vitest';
import { copyText } from './clipboard';

/** Just enough of a document for the execCommand fallback. */
function fakeDocument(copies: boolean) {
  const appended: { value: string; removed: boolean }[] = [];
  let selected = '';
  const doc = {
    activeElement: null,
    body: { appendChild: (el: { value: string; removed: boolean }) => appended.push(el) },
    createElement: () => {
      const el = {
        value: '',
        removed: false,
        style: {},
        setAttribute: () => {},
        select: () => {
          selected = el.value;
        },
        remove: () => {
          el.removed = true;
        },
      };
      return el;
    },
    execCommand: (command: string) => command === 'copy' && copies,
  };
  return { doc: doc as unknown as Document, appended, selected: () => selected };
}

describe('copying to the clipboard', () => {
  it('uses the Clipboard API when it is there', async () => {
    const written: string[] = [];
    const result = await copyText('hello', {
      navigator: { clipboard: { writeText: async (t) => void written.push(t) } },
    });
    expect(result).toEqual({ ok: true, method: 'clipboard' });
    expect(written).toEqual(['hello']);
  });

  it('falls back to execCommand when the Clipboard API is missing or refuses', async () => {
    const fake = fakeDocument(true);
    expect(await copyText('link', { document: fake.doc })).toEqual({ ok: true, method: 'execCommand' });
    expect(fake.selected()).toBe('link');
    expect(fake.appended.every((el) => el.removed)).toBe(true);
    const refusing = {
      clipboard: {
        writeText: async () => {
          throw new Error('NotAllowedError');
        },
      },
    };
    expect(await copyText('x', { navigator: refusing, document: fakeDocument(true).doc })).toEqual({
      ok: true,
      method: 'execCommand',
    });
  });

  it('says so when nothing can copy', async () => {
    const failed = await copyText('x', { document: fakeDocument(false).doc });
    expect(failed.ok).toBe(false);
    expect((await copyText('x', {})).ok).toBe(false);
  });
});
