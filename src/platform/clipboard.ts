/**
 * Copying text: the asynchronous Clipboard API where it exists and is allowed (secure contexts), else
 * the older `execCommand('copy')` on a hidden text area (plain-http hosts, older embedded browsers).
 */

export type CopyResult = { ok: true; method: 'clipboard' | 'execCommand' } | { ok: false; message: string };

/** The globals used, injectable for tests. */
export interface ClipboardEnvironment {
  navigator?: { clipboard?: { writeText(text: string): Promise<void> } };
  document?: Document;
}

const browserEnvironment = (): ClipboardEnvironment => ({
  navigator: globalThis.navigator,
  document: globalThis.document,
});

/** Copies text to the clipboard; never throws. */
export async function copyText(
  text: string,
  env: ClipboardEnvironment = browserEnvironment(),
): Promise<CopyResult> {
  const clipboard = env.navigator?.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return { ok: true, method: 'clipboard' };
    } catch {
      // Denied permission or an insecure context: try the older way below.
    }
  }
  const doc = env.document;
  if (!doc)
    return { ok: false, message: 'This browser cannot copy to the clipboard; copy the text by hand.' };
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  const previous = doc.activeElement as HTMLElement | null;
  try {
    area.select();
    const copied = doc.execCommand('copy');
    return copied
      ? { ok: true, method: 'execCommand' }
      : { ok: false, message: 'The browser refused to copy; select the text and copy it by hand.' };
  } catch {
    return { ok: false, message: 'The browser refused to copy; select the text and copy it by hand.' };
  } finally {
    area.remove();
    previous?.focus?.();
  }
}
