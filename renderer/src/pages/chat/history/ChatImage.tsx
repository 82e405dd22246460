import { PictureOutlined } from '@ant-design/icons';
import { Image, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNearViewport } from '../../../hooks/useNearViewport';
import { useChatImage } from './useChatImage';

/** An image message: fetched when scrolled near, shown small, enlarged on click (antd's preview). */
export function ChatImage({ id, caption, scrollRoot }: { id: string | null; caption: string; scrollRoot: Element | null }) {
  const { t } = useTranslation();
  const [ref, near] = useNearViewport<HTMLDivElement>(scrollRoot, '600px');
  const image = useChatImage(id, near);
  return (
    <div ref={ref} className="chat-image" data-testid="chat-image" data-loaded={image.status === 'ready'}>
      {image.status === 'ready' ? (
        <Image src={image.url} alt={caption || t('chat.image')} className="chat-image-img" preview={{ mask: t('chat.enlarge') }} />
      ) : image.status === 'error' ? (
        <Typography.Text type="secondary">
          <PictureOutlined /> {t('chat.imageFailed')}
        </Typography.Text>
      ) : (
        <Skeleton.Image active />
      )}
      {caption && <div className="chat-text">{caption}</div>}
    </div>
  );
}
