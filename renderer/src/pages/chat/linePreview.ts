import type { TFunction } from 'i18next';
import type { ChatLine } from '../../../../shared/api';

/** A message in one line (conversation list, desktop notification): its text, or what kind of message it was. */
export function linePreview(line: Pick<ChatLine, 'kind' | 'body'>, t: TFunction): string {
  if (line.kind === 'image') return t('chat.preview.image');
  if (line.kind === 'report') return t('chat.preview.report', { title: line.body });
  return line.body;
}
