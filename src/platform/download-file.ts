/** Saving generated content (an export, an archive) through the browser's download; no server involved. */

/** Downloads `content` as a file named `fileName`. */
export function downloadFile(
  content: Blob | string | Uint8Array,
  fileName: string,
  mediaType = 'application/octet-stream',
  doc: Document = globalThis.document,
): void {
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
