import { CHAT_ATTACHMENT_MAX_BYTES, CHAT_IMAGE_TYPES } from '../../../../../shared/wire';
import { bytesToBase64 } from '../../../files/base64';

export type ImageFileProblem = 'tooLarge' | 'notImage' | 'empty';

/**
 * Why a picked or pasted file cannot be sent, or null. The relay judges the bytes (and has the
 * last word); this only spares the RM an upload that is sure to be refused.
 */
export function imageFileProblem(file: Pick<File, 'size' | 'type'>): ImageFileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > CHAT_ATTACHMENT_MAX_BYTES) return 'tooLarge';
  if (!(CHAT_IMAGE_TYPES as readonly string[]).includes(file.type)) return 'notImage';
  return null;
}

/** What the file picker offers. */
export const IMAGE_ACCEPT: string = CHAT_IMAGE_TYPES.join(',');

/** A file's bytes as base64, the way `chat.sendImage` takes them. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
