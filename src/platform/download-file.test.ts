import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from './download-file';

/** A document with just what a download needs, recording the link clicked. */
function fakeDocument() {
  const clicked: { href: string; download: string; blob?: Blob }[] = [];
  const appended: unknown[] = [];
  const doc = {
    createElement: () => {
      const link = {
        href: '',
        download: '',
        rel: '',
        click: () => clicked.push({ href: link.href, download: link.download }),
        remove: () => appended.splice(appended.indexOf(link), 1),
      };
      return link;
    },
    body: { appendChild: (node: unknown) => appended.push(node) },
  };
  return { doc: doc as unknown as Document, clicked, appended };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('downloadFile', () => {
  it('clicks a link to a blob of the content with the file name, then removes it', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return `blob:test/${blobs.length}`;
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { doc, clicked, appended } = fakeDocument();
    downloadFile('param x string', 'a.bicep', 'text/plain;charset=utf-8', doc);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'a.bicep' }]);
    expect(appended).toEqual([]);
    expect(blobs[0]?.type).toBe('text/plain;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('param x string');
    // the URL lives on until the browser has started the download
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });

  it('takes bytes as they are', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test/bytes';
    });
    const { doc } = fakeDocument();
    downloadFile(new Uint8Array([0x50, 0x4b, 3, 4]), 'a.zip', 'application/zip', doc);
    expect(new Uint8Array(await (blobs[0] as Blob).arrayBuffer())).toEqual(
      new Uint8Array([0x50, 0x4b, 3, 4]),
    );
    expect(blobs[0]?.type).toBe('application/zip');
  });
});
