import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../../shared/api';
import { asApiError } from '../../../api/errors';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useNow } from '../../../hooks/useNow';
import { useChatHistoryInfiniteQuery } from '../../../store/endpoints/chat';
import { flattenChatPages } from '../../../store/chatHistoryMerge';
import { withDayHeadings } from './chatDays';
import { ChatMessageItem } from './ChatMessageItem';
import { dayOf } from './chatTime';
import { DayHeading } from './DayHeading';
import { useHistoryScroll } from './useHistoryScroll';
import { LoadFailedAlert } from '../../../components/LoadFailedAlert';

/** First guesses of a row's height, until it is measured on screen. */
const ESTIMATED_DAY_PX = 36;
const ESTIMATED_LINE_PX = 64;
/** Rows drawn beyond the visible ones, so a quick scroll does not show blanks. */
const OVERSCAN = 12;

/**
 * A conversation's messages, newest at the bottom. Only the latest page is asked for at first;
 * older ones come (with `before`) as the RM scrolls up, so a conversation of thousands opens as
 * fast as a short one; and only the rows on screen (and a few either side) are in the page,
 * however far back the RM has scrolled.
 */
export function ChatHistory({ clientId, reports }: { clientId: string; reports: readonly ReportLine[] | undefined }) {
  const { t } = useTranslation();
  const history = useChatHistoryInfiniteQuery(useAdvisorArg({ clientId }));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;
  const lines = useMemo(() => flattenChatPages(history.data?.pages ?? []), [history.data]);
  const items = useMemo(() => withDayHeadings(lines, dayOf), [lines]);
  const knownReports = useMemo(() => new Set(reports?.map((report) => report.id)), [reports]);
  const now = useNow(60_000);
  const today = dayOf(dayjs(now).toISOString());
  const yesterday = dayOf(dayjs(now).subtract(1, 'day').toISOString());

  const loadOlder = useCallback(() => {
    if (!isFetchingNextPage) void fetchNextPage();
  }, [isFetchingNextPage, fetchNextPage]);
  const { setContainer, contentRef, scrollRoot, onScroll } = useHistoryScroll(lines, hasNextPage && !isFetchingNextPage, loadOlder);
  // The desk does not use the React Compiler; the virtualizer's functions are used only in this render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRoot,
    estimateSize: (index) => (items[index]?.kind === 'day' ? ESTIMATED_DAY_PX : ESTIMATED_LINE_PX),
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : item.kind === 'day' ? `day-${item.day}` : item.line.id;
    },
    overscan: OVERSCAN,
  });

  const error = asApiError(history.error);
  return (
    <div ref={setContainer} className="chat-history" data-testid="chat-history" data-count={lines.length} data-loaded={history.isSuccess} onScroll={onScroll}>
      <div ref={contentRef} className="chat-history-content">
        {isFetchingNextPage && <Spin size="small" className="chat-history-older" />}
        {error && !history.data ? (
          <LoadFailedAlert testId="chat-history-error" title={t('chat.historyFailed')} error={error} onRetry={() => void history.refetch()} />
        ) : history.isLoading ? (
          <Spin className="chat-history-older" />
        ) : lines.length === 0 ? (
          <Empty data-testid="chat-history-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chat.noMessages')} />
        ) : (
          <div className="chat-history-rows" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const item = items[row.index];
              if (!item) return null;
              return (
                <div key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="chat-history-row" style={{ transform: `translateY(${row.start}px)` }}>
                  {item.kind === 'day' ? (
                    <DayHeading day={item.day} today={today} yesterday={yesterday} />
                  ) : (
                    <ChatMessageItem
                      line={item.line}
                      reportId={item.line.kind === 'report' && item.line.attachmentId && knownReports.has(item.line.attachmentId) ? item.line.attachmentId : null}
                      scrollRoot={scrollRoot}
                    />
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
