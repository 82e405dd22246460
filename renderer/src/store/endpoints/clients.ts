import type { MethodInput, MethodOutput, RosterFilter, RosterPage, RosterSort } from '../../../../shared/api';
import { clientSearchInputSchema, rosterPageInputSchema } from '../../../../shared/api';
import { api, clientOf, run } from '../api';
import type { AdvisorArg, ClientArg } from '../queryArgs';
import { tagsFor } from '../refreshTags';
import { bookQuery, callMethod, CLIENT_DATA_TTL_S, mutation } from './define';

export type ClientUpdateRequest = MethodInput<'clients.update'>;
export type RevealRequest = MethodInput<'clients.reveal'>;
export type RevealResult = MethodOutput<'clients.reveal'>;

export const ROSTER_PAGE_SIZE = 200;
/** The contract's own default order: largest AUM first. */
export const DEFAULT_ROSTER_SORT: RosterSort = rosterPageInputSchema.shape.sort.parse(undefined);
/** Hits asked for as the RM types: the contract's default. */
export const SEARCH_LIMIT: number = clientSearchInputSchema.shape.limit.parse(undefined);

/** The roster's query arg. The filter should be normalised (`normalizeRosterFilter`) so equal filters share a cache entry. */
export interface RosterArg extends AdvisorArg {
  sort: RosterSort;
  filter: RosterFilter;
}

/** Search as you type; `query` is already trimmed and within the contract's length. */
export interface ClientSearchArg extends AdvisorArg {
  query: string;
}

/** The offset of the page after `lastPage`, or undefined when everything is loaded. */
export function nextRosterOffset(lastPage: RosterPage, lastOffset: number): number | undefined {
  const next = lastOffset + lastPage.rows.length;
  return lastPage.rows.length > 0 && next < lastPage.total ? next : undefined;
}

const byClientId = ({ clientId }: ClientArg) => ({ id: clientId });

/** The roster, search, a client's record and 360 page (`clients.*`). */
export const clientsApi = api.injectEndpoints({
  endpoints: (build) => ({
    roster: build.infiniteQuery<RosterPage, RosterArg, number>({
      infiniteQueryOptions: {
        initialPageParam: 0,
        getNextPageParam: (lastPage, _allPages, lastOffset) => nextRosterOffset(lastPage, lastOffset),
      },
      queryFn: ({ queryArg, pageParam }, queryApi) =>
        run(() => callMethod(clientOf(queryApi), 'clients.page', { offset: pageParam, limit: ROSTER_PAGE_SIZE, sort: queryArg.sort, filter: queryArg.filter })),
      providesTags: tagsFor(['Roster']),
      keepUnusedDataFor: CLIENT_DATA_TTL_S,
    }),
    rosterTags: bookQuery(build, 'clients.tags', { provides: ['RosterTags'] }),
    clientSearch: bookQuery(build, 'clients.search', { input: ({ query }: ClientSearchArg) => ({ query, limit: SEARCH_LIMIT }), provides: ['Search'] }),
    client360: bookQuery(build, 'clients.get360', { input: byClientId, provides: ['Client360'] }),
    clientDetail: bookQuery(build, 'clients.get', { input: byClientId, provides: ['ClientDetail'] }),
    /**
     * Shows one identifier in full (the host writes an audit entry). Dispatch it untracked
     * (`initiate(arg, { track: false })`) so the full value never sits in the store.
     */
    revealIdentifier: mutation(build, 'clients.reveal', { client: (input) => input.id }),
    updateClient: mutation(build, 'clients.update', { client: (input) => input.id }),
  }),
});

export const { useRosterInfiniteQuery, useRosterTagsQuery, useClientSearchQuery, useClient360Query, useClientDetailQuery, useUpdateClientMutation } = clientsApi;
