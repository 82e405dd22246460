import { FileTextOutlined, PictureOutlined, SendOutlined, SnippetsOutlined } from '@ant-design/icons';
import type { GetRef } from 'antd';
import { Button, Flex, Input, Popover, Tooltip } from 'antd';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposerNotice } from './ComposerNotice';
import { IMAGE_ACCEPT, imageLimits } from './imageFile';
import { ReportPicker } from './ReportPicker';
import { TemplatePicker } from './TemplatePicker';
import { useChatSend } from './useChatSend';
import { useTypingSignal } from './useTypingSignal';

/**
 * Where the RM writes: Enter sends, Shift+Enter starts a new line (and Enter while an input method
 * is composing is the IME's). Images by the picker or by pasting; 模板回复 and 发送报告 above.
 */
export function ChatComposer({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [reportsOpen, setReportsOpen] = useState(false);
  const textArea = useRef<GetRef<typeof Input.TextArea>>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { sendText, sendImage, sendReport, sending, problem, clearProblem } = useChatSend(clientId);
  const signalTyping = useTypingSignal(clientId);

  const submit = async () => {
    if (!text.trim() || sending) return;
    if (await sendText(text)) setText('');
    textArea.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const image = [...event.clipboardData.files].find((file) => file.type.startsWith('image/'));
    if (!image) return;
    event.preventDefault();
    void sendImage(image);
  };
  const pickTemplate = (filled: string) => {
    // Whatever the RM already wrote stays; the template follows on its own line.
    setText((current) => (current.trim() ? `${current.trimEnd()}\n${filled}` : filled));
    setTemplatesOpen(false);
    textArea.current?.focus();
  };

  return (
    <Flex vertical gap={8} className="chat-composer" data-testid="chat-composer">
      {problem && <ComposerNotice problem={problem} text={text} onClose={clearProblem} />}
      <Flex gap={8} wrap>
        <Popover
          open={templatesOpen}
          onOpenChange={setTemplatesOpen}
          trigger="click"
          placement="topLeft"
          destroyOnHidden
          content={<TemplatePicker clientId={clientId} onPick={pickTemplate} />}
        >
          <Button data-testid="chat-template-open" size="small" icon={<SnippetsOutlined />}>
            {t('chat.templates.open')}
          </Button>
        </Popover>
        <Tooltip title={t('chat.imageHint', imageLimits(t))}>
          <Button data-testid="chat-image-pick" size="small" icon={<PictureOutlined />} loading={sending} onClick={() => fileInput.current?.click()}>
            {t('chat.image')}
          </Button>
        </Tooltip>
        <input
          ref={fileInput}
          data-testid="chat-image-input"
          type="file"
          accept={IMAGE_ACCEPT}
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void sendImage(file);
          }}
        />
        <Button data-testid="chat-report-open" size="small" icon={<FileTextOutlined />} onClick={() => setReportsOpen(true)}>
          {t('chat.sendReport')}
        </Button>
      </Flex>
      <Flex gap={8} align="flex-end">
        <Input.TextArea
          ref={textArea}
          data-testid="chat-input"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            signalTyping();
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          autoSize={{ minRows: 2, maxRows: 8 }}
          placeholder={t('chat.placeholder')}
          aria-label={t('chat.placeholder')}
        />
        <Button data-testid="chat-send" type="primary" icon={<SendOutlined />} loading={sending} disabled={!text.trim()} onClick={() => void submit()}>
          {t('chat.send')}
        </Button>
      </Flex>
      <ReportPicker
        clientId={clientId}
        open={reportsOpen}
        sending={sending}
        onClose={() => setReportsOpen(false)}
        onSend={(reportId) => {
          void sendReport(reportId).then((sent) => sent && setReportsOpen(false));
        }}
      />
    </Flex>
  );
}
