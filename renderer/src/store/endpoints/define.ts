import type { ApiClient, MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import { changesOf } from '../../../../shared/api';
import type { api } from '../api';
import { clientOf, run } from '../api';
import type { AdvisorArg, NoArg } from '../queryArgs';
import { clientIdIn } from '../queryArgs';
import type { TagType } from '../refreshTags';
import { tagsFor, tagsForTables } from '../refreshTags';

/*
 * Endpoints over contract methods, one short declaration each: the method, how the argument
 * becomes its input, which views it feeds. A write's refresh is not declared here: it comes
 * from the contract (`changesOf(method)`) through the one table → views map.
 */

type ApiDefinition = typeof api;
/** The `build` an `injectEndpoints` callback gets. */
export type Build = Parameters<Parameters<ApiDefinition['injectEndpoints']>[0]['endpoints']>[0];

/** Client data should not linger in memory once no view shows it (e.g. behind the lock screen). */
export const CLIENT_DATA_TTL_S = 10;

/** Calls one contract method on the store's client. */
export function callMethod<M extends MethodName>(client: ApiClient, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  // ApiClient is a mapped type joined with `on`: indexing it by a generic method loses the pairing.
  const call = client[method] as unknown as (input: MethodInput<M>) => Promise<MethodOutput<M>>;
  return call(input);
}

/** Methods that take nothing are called without an argument (`useAppInfoQuery()`). */
type ArgOf<M extends MethodName> = undefined extends MethodInput<M> ? NoArg : MethodInput<M>;

/** A query of the signed-in advisor's book: its input, keyed by the advisor (who is never sent). */
export type BookArg<M extends MethodName> = AdvisorArg & Required<NonNullable<MethodInput<M>>>;

/** The argument without the advisor that only keys the cache: what the method gets. */
function withoutAdvisor(arg: AdvisorArg): Record<string, unknown> {
  const { advisorId: _cacheKeyOnly, ...input } = arg;
  return input;
}

interface QueryOptions {
  /** The views it feeds; a client's own views get the client's id from the argument. */
  provides?: readonly TagType[];
}

/** A query that needs no one signed in (`app.info`, `session.current`, `sync.status`). */
export function query<M extends MethodName>(build: Build, method: M, { provides = [] }: QueryOptions = {}) {
  return build.query<MethodOutput<M>, NoArg>({
    queryFn: (_arg, queryApi) => run(() => callMethod(clientOf(queryApi), method, {} as MethodInput<M>)),
    providesTags: tagsFor(provides),
  });
}

interface BookQueryOptions<M extends MethodName, Arg> extends QueryOptions {
  /** The method's input from the argument; by default the argument without `advisorId`. */
  input?: (arg: Arg) => MethodInput<M>;
}

/** A query of the advisor's book, kept briefly once unused (client data). */
export function bookQuery<M extends MethodName, Arg extends AdvisorArg = BookArg<M>>(build: Build, method: M, options: BookQueryOptions<M, Arg> = {}) {
  const { provides = [], input = (arg: Arg) => withoutAdvisor(arg) as MethodInput<M> } = options;
  return build.query<MethodOutput<M>, Arg>({
    queryFn: (arg, queryApi) => run(() => callMethod(clientOf(queryApi), method, input(arg))),
    providesTags: (_result, _error, arg) => tagsFor(provides, clientIdIn(arg)),
    keepUnusedDataFor: CLIENT_DATA_TTL_S,
  });
}

interface MutationOptions<M extends MethodName> {
  /** The client a write is about, when its input names it otherwise than `clientId` (`clients.update`'s `id`). */
  client?: (input: ArgOf<M>) => string;
}

/**
 * A call that does something: its argument is the method's input. Once it succeeds, the views of
 * the tables the contract says it changes refetch (a client's own views only, when the input or
 * the answer names the client).
 */
export function mutation<M extends MethodName>(build: Build, method: M, options: MutationOptions<M> = {}) {
  const changes = changesOf(method);
  return build.mutation<MethodOutput<M>, ArgOf<M>>({
    queryFn: (arg, queryApi) => run(() => callMethod(clientOf(queryApi), method, (arg ?? {}) as MethodInput<M>)),
    invalidatesTags: (result, error, arg) => {
      if (error || changes.length === 0) return [];
      return tagsForTables(changes, options.client?.(arg) ?? clientIdIn(arg) ?? clientIdIn(result));
    },
  });
}
