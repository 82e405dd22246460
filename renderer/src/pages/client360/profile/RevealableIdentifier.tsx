import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { App, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevealRequest } from '../../../store/endpoints/clients';
import { useReveal } from './useReveal';
import { errorText } from '../../../api/errorText';

interface RevealableIdentifierProps {
  clientId: string;
  field: RevealRequest['field'];
  masked: string | null;
  /** The element holding the text shown, masked or full (`client-phone`, `client-id-number`). */
  valueTestId: string;
  /** The reveal button (`reveal-phone`, `reveal-id-number`); its dialog's OK is `<id>-confirm`. */
  revealTestId: string;
  hideTestId: string;
}

/**
 * A personal identifier, masked as the host sent it. Showing it in full is a deliberate act: a
 * confirmation that says it is audited, then clients.reveal. Hiding it again is local.
 */
export function RevealableIdentifier({ clientId, field, masked, valueTestId, revealTestId, hideTestId }: RevealableIdentifierProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { revealed, value, reveal, hide } = useReveal(clientId, field);

  if (!masked) return <span className="text-secondary">{t('common.empty')}</span>;

  const confirm = () =>
    modal.confirm({
      title: t(`reveal.confirmTitle.${field}`),
      content: t('reveal.confirmAudit'),
      okText: t('reveal.confirmOk'),
      cancelText: t('app.cancel'),
      okButtonProps: { 'data-testid': `${revealTestId}-confirm` } as ButtonProps,
      autoFocusButton: 'ok',
      onOk: async () => {
        const error = await reveal();
        if (error) void message.error(t('reveal.failed', { message: errorText(t, error) }));
      },
    });

  const shown = revealed ? (value ?? t('common.empty')) : masked;
  return (
    <Flex align="center" gap={4} wrap>
      <span data-testid={valueTestId} data-revealed={revealed} className="tabular-nums">
        {shown}
      </span>
      {revealed ? (
        <Button data-testid={hideTestId} type="link" size="small" icon={<EyeInvisibleOutlined />} onClick={hide}>
          {t('reveal.hide')}
        </Button>
      ) : (
        <Button data-testid={revealTestId} type="link" size="small" icon={<EyeOutlined />} onClick={confirm}>
          {t('reveal.show')}
        </Button>
      )}
    </Flex>
  );
}
