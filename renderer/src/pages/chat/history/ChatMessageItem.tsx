import dayjs from 'dayjs';
import { memo } from 'react';
import type { ChatLine } from '../../../../../shared/api';
import { ChatImage } from './ChatImage';
import { ChatLineStateTag } from './ChatLineStateTag';
import { ChatReportCard } from './ChatReportCard';
import { shownState } from './chatLineStates';

interface ChatMessageItemProps {
  line: ChatLine;
  /** The report's id when it is one of this client's reports the desk has. */
  reportId: string | null;
  scrollRoot: Element | null;
}

/**
 * One message: ours on the right with its state, the client's on the left. Text is React text
 * (never HTML), so whatever the client writes shows as written. Memoised: a new message or a
 * receipt re-renders only the lines it touched, however long the conversation.
 */
export const ChatMessageItem = memo(function ChatMessageItem({ line, reportId, scrollRoot }: ChatMessageItemProps) {
  const state = shownState(line);
  return (
    <div
      data-testid="chat-message"
      data-id={line.id}
      data-from={line.direction === 'out' ? 'advisor' : 'client'}
      data-kind={line.kind}
      data-seq={line.seq ?? ''}
      data-status={line.status}
      className={`chat-message chat-message-${line.kind === 'system' ? 'system' : line.direction}`}
    >
      <div className="chat-bubble">
        {line.kind === 'image' ? (
          <ChatImage id={line.attachmentId} caption={line.body} scrollRoot={scrollRoot} />
        ) : line.kind === 'report' ? (
          <ChatReportCard clientId={line.clientId} title={line.body} reportId={reportId} />
        ) : (
          <span className="chat-text">{line.body}</span>
        )}
      </div>
      <div className="chat-meta text-secondary tabular-nums">
        <span title={dayjs(line.createdAt).format('YYYY-MM-DD HH:mm:ss')}>{dayjs(line.createdAt).format('HH:mm')}</span>
        {state && <ChatLineStateTag status={state} error={line.error} />}
      </div>
    </div>
  );
});
