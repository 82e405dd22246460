import { useCallback } from 'react';
import { clientDrawerClosed } from '../store/drawerSlice';
import { useAppDispatch } from '../store/hooks';
import { navigate } from './routes';

/** Opens the conversation with a client (`#/chat/<id>`); a drawer left open over the old page closes. */
export function useOpenChat(): (clientId: string) => void {
  const dispatch = useAppDispatch();
  return useCallback(
    (clientId: string) => {
      dispatch(clientDrawerClosed());
      navigate('chat', clientId);
    },
    [dispatch],
  );
}
