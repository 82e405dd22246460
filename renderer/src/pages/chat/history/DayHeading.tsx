import { useTranslation } from 'react-i18next';
import { dayHeadingKind } from './chatDays';

/** 今天 / 昨天 / 2025-03-01 between the days of a conversation. */
export function DayHeading({ day, today, yesterday }: { day: string; today: string; yesterday: string }) {
  const { t } = useTranslation();
  const kind = dayHeadingKind(day, today, yesterday);
  return (
    <div className="chat-day" role="separator">
      <span>{kind === 'date' ? day : t(`chat.day.${kind}`)}</span>
    </div>
  );
}
