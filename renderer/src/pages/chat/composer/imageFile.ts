import type { TFunction } from 'i18next';
import type { ChatImageType } from '../../../../../shared/wire';
import { CHAT_ATTACHMENT_MAX_BYTES, CHAT_IMAGE_TYPES } from '../../../../../shared/wire';
import { megabytesText } from '../../../api/errorText';
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

/** How people name the image types the relay takes. */
const IMAGE_TYPE_NAMES: Record<ChatImageType, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' };

/** The relay's limits in words, for the hint and the refusals: `{ types: 'PNG、JPEG、WebP', maxSize: '10 MB' }`. */
export function imageLimits(t: TFunction): { types: string; maxSize: string } {
  return { types: CHAT_IMAGE_TYPES.map((type) => IMAGE_TYPE_NAMES[type]).join(t('common.listSeparator')), maxSize: megabytesText(CHAT_ATTACHMENT_MAX_BYTES) };
}

/** What the file picker offers. */
export const IMAGE_ACCEPT: string = CHAT_IMAGE_TYPES.join(',');

/** A file's bytes as base64, the way `chat.sendImage` takes them. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
