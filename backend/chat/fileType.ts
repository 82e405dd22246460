import type { ChatAttachmentType } from '../../shared/wire/chat';
import { sniffAttachmentType } from '../../shared/wire/chat';
import type { ChatSide } from '../store';

/**
 * An upload's type, read from its first bytes (never its name or Content-Type, which the sender
 * chooses): PNG, JPEG and WebP images from anyone, PDFs (reports) from advisors only. Anything
 * else, a renamed .exe say, is undefined.
 */
export function attachmentTypeOf(bytes: Buffer, uploader: ChatSide): ChatAttachmentType | undefined {
  const type = sniffAttachmentType(bytes);
  if (type === null || (type === 'application/pdf' && uploader !== 'advisor')) return undefined;
  return type;
}
