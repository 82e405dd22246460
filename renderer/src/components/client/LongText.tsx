import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Free text as written (line breaks kept), folded after a few lines; a dash when empty. */
export function LongText({ text, testId }: { text: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (!text) return <span className="text-secondary">{t('common.empty')}</span>;
  return (
    <Typography.Paragraph
      data-testid={testId}
      style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
      ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (expanded) => (expanded ? t('common.collapse') : t('common.expand')) }}
    >
      {text}
    </Typography.Paragraph>
  );
}
