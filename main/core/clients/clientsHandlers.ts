import type { RosterQueries } from '../roster/rosterPage';
import type { ClientSearch } from '../search/clientSearch';
import type { ClientsService } from './clientsService';
import { defineHandlers } from '../api/handlerKit';
import { bankClock } from '../time/bankClock';

/** What the clients' handlers use of the session. */
interface ClientsSession {
  now: () => Date;
  roster: RosterQueries;
  search: ClientSearch;
  clients: ClientsService;
}

/** The roster, search, and one client's record and 360 page. */
export const clientsHandlers = defineHandlers<ClientsSession>()('clients', {
  'clients.page': ({ offset, limit, sort, filter }, s) => s.roster.page(offset, limit, sort, filter, bankClock(s.now())),
  'clients.tags': (_input, s) => s.roster.tags(),
  'clients.search': ({ query, limit }, s) => s.search.search(query, limit),
  'clients.get': ({ id }, s) => s.clients.detail(id),
  'clients.get360': ({ id }, s) => s.clients.view360(id),
  'clients.reveal': {
    access: 'unlocked',
    // Who saw which field of which client, never the value; no entry when there is no such client.
    audit: ({ id, field }) => ({ action: 'identifier_revealed', entity: 'client', entityId: id, details: { field } }),
    run: ({ id, field }, s) => ({ value: s.clients.reveal(id, field) }),
  },
  'clients.update': ({ id, fields }, s) => s.clients.update(id, fields),
});
