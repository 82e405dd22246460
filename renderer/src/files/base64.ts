const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A file sent as base64 (PDFs and zips over IPC and HTTP alike) back as bytes. Whitespace is
 * ignored; anything else that is not base64 throws, so a broken answer never becomes a broken file.
 */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = base64.replace(/\s+/g, '');
  if (text.length % 4 === 1 || !BASE64.test(text)) throw new Error('Not base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Bytes as base64, in slices so a 10 MB image never builds one giant argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return btoa(binary);
}
