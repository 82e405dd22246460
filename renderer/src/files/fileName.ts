const UNSAFE_FILENAME = /[\\/:*?"<>|]/g;

/** Control characters have no place in a file name. */
function withoutControlCharacters(text: string): string {
  return [...text].map((char) => (char.charCodeAt(0) < 0x20 ? '_' : char)).join('');
}

/**
 * The host's file name, safe to save as: no folders, no characters Windows refuses, no leading
 * or trailing dots and spaces, `fallback` when nothing is left, ending in `.<extension>`.
 */
export function safeFileName(name: string, extension: string, fallback: string): string {
  const cleaned = withoutControlCharacters(name).replace(UNSAFE_FILENAME, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  const base = cleaned || fallback;
  return base.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? base : `${base}.${extension}`;
}
