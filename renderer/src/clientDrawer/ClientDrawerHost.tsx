import { clientDrawerClosed, selectOpenClientId } from '../store/drawerSlice';
import { useAppDispatch, useAppSelector } from '../store/hooks';
import { ClientDrawer } from './ClientDrawer';

/** The client drawer over any page; which client is open lives in the drawer slice. */
export function ClientDrawerHost() {
  const dispatch = useAppDispatch();
  const clientId = useAppSelector(selectOpenClientId);
  // Keyed by client: another client gets a fresh form, never the previous one's typing.
  return clientId ? <ClientDrawer key={clientId} clientId={clientId} onClose={() => dispatch(clientDrawerClosed())} /> : null;
}
