import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChatLine } from '../../../../../shared/api';
import { CHAT_STATE_COLORS } from './chatLineStates';
import { errorText } from '../../../api/errorText';

/** 待发送 / 已发送 / 已送达 / 已读 / 发送失败 (with the bank's reason on hover). */
export function ChatLineStateTag({ status, error }: Pick<ChatLine, 'status' | 'error'>) {
  const { t } = useTranslation();
  const tag = (
    <Tag data-testid="chat-message-state" data-state={status} color={CHAT_STATE_COLORS[status]} className="chat-state">
      {t(`chat.state.${status}`)}
    </Tag>
  );
  if (status !== 'failed') return tag;
  return <Tooltip title={error ? errorText(t, error) : t('chat.failedNoReason')}>{tag}</Tooltip>;
}
