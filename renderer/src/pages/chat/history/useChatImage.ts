import { useEffect, useState } from 'react';
import { base64ToBytes } from '../../../files/base64';
import { chatApi } from '../../../store/endpoints/chat';
import { useAppDispatch } from '../../../store/hooks';

export type ChatImageState = { status: 'idle' | 'loading' | 'error'; url: null } | { status: 'ready'; url: string };

interface Fetched {
  id: string;
  url: string | null;
}

/**
 * An image of the conversation as a Blob URL for an `<img>`, fetched with `chat.image` once
 * `wanted` (near the screen) and held by the view only: the call is untracked so the bytes never
 * sit in the store, and the URL is revoked when the view goes.
 */
export function useChatImage(id: string | null, wanted: boolean): ChatImageState {
  const dispatch = useAppDispatch();
  const [fetched, setFetched] = useState<Fetched | null>(null);

  useEffect(() => {
    if (!id || !wanted) return undefined;
    let cancelled = false;
    let url: string | null = null;
    void (async () => {
      try {
        const image = await dispatch(chatApi.endpoints.chatImage.initiate({ id }, { track: false })).unwrap();
        if (cancelled) return;
        url = URL.createObjectURL(new Blob([base64ToBytes(image.base64)], { type: image.type }));
        setFetched({ id, url });
      } catch {
        if (!cancelled) setFetched({ id, url: null });
      }
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [dispatch, id, wanted]);

  if (!id || !wanted) return { status: 'idle', url: null };
  if (fetched?.id !== id) return { status: 'loading', url: null };
  return fetched.url ? { status: 'ready', url: fetched.url } : { status: 'error', url: null };
}
