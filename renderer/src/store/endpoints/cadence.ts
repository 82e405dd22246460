import type { MethodOutput } from '../../../../shared/api';
import { api } from '../api';
import type { BookArg } from './define';
import { bookQuery, mutation } from './define';

/** 12-4-2-1 across the book for a year, as of a day (`YYYY-MM-DD`, China time). */
export type CadenceBookArg = BookArg<'cadence.book'>;
/** The month's work as of a day: the day is part of the key, so a new day asks again. */
export type CadenceWorklistArg = BookArg<'cadence.worklist'>;
/** The year plan's inputs; the same go to `cadence.planIcs` for the export. */
export type CadencePlanArg = BookArg<'cadence.plan'>;
export type CadencePlanRequest = Omit<CadencePlanArg, 'advisorId'>;
export type IcsFile = MethodOutput<'cadence.planIcs'>;

/** 12-4-2-1 (`cadence.*`): the dashboard, the month's worklist and the year plan. */
export const cadenceApi = api.injectEndpoints({
  endpoints: (build) => ({
    cadenceBook: bookQuery(build, 'cadence.book', { provides: ['Cadence'] }),
    cadenceWorklist: bookQuery(build, 'cadence.worklist', { provides: ['Cadence'] }),
    cadencePlan: bookQuery(build, 'cadence.plan', { provides: ['Cadence'] }),
    /** The plan as an `.ics` file; a mutation, since it is fetched once per click and never cached. */
    cadencePlanIcs: mutation(build, 'cadence.planIcs'),
  }),
});

export const { useCadenceBookQuery, useCadenceWorklistQuery, useCadencePlanQuery, useCadencePlanIcsMutation } = cadenceApi;
