import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../navigation/routes';

/**
 * A report message: its title, and 查看 opening the report page when the report is one of this
 * client's that the desk knows (a report sent from another device may not be here yet).
 */
export function ChatReportCard({ clientId, title, reportId }: { clientId: string; title: string; reportId: string | null }) {
  const { t } = useTranslation();
  return (
    <Flex className="chat-report" data-testid="chat-report" align="center" gap={8}>
      <FilePdfOutlined className="chat-report-icon" />
      <span className="chat-report-title">{title}</span>
      {reportId && (
        <Button data-testid="chat-report-view" size="small" type="link" onClick={() => navigate('reports', clientId, reportId)}>
          {t('chat.viewReport')}
        </Button>
      )}
    </Flex>
  );
}
