/**
 * Saves data as a file the way a page can: a Blob, an object URL and a click on an `<a download>`
 * (Electron and browsers both treat it as a download). The URL is let go once the click is handled.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadTextFile(filename: string, content: string, mimeType: string): void {
  downloadBlob(filename, new Blob([content], { type: mimeType }));
}

/** Bytes (a PDF, a zip) as a download. */
export function downloadBytes(filename: string, bytes: Uint8Array<ArrayBuffer>, mimeType: string): void {
  downloadBlob(filename, new Blob([bytes], { type: mimeType }));
}
