import { useRoute, useRouteSection } from '../../navigation/routes';
import { clientDrawerClosed, selectOpenClientId } from '../../store/drawerSlice';
import { useAppDispatch, useAppSelector } from '../../store/hooks';
import { ClientDrawer } from './ClientDrawer';

/**
 * The client drawer over any page; which client is open lives in the drawer slice. Over that
 * client's own 360 page it is the edit drawer only: the page shows the timeline already.
 */
export function ClientDrawerHost() {
  const dispatch = useAppDispatch();
  const clientId = useAppSelector(selectOpenClientId);
  const route = useRoute();
  const section = useRouteSection();
  const over360 = route === 'clients' && section === clientId;
  // Keyed by client: another client gets a fresh form, never the previous one's typing.
  return clientId ? <ClientDrawer key={clientId} clientId={clientId} withTimeline={!over360} onClose={() => dispatch(clientDrawerClosed())} /> : null;
}
