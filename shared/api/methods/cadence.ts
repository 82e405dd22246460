import { bookCadenceSchema, cadenceScopeSchema, icsFileSchema, planInputSchema, worklistSchema, yearPlanSchema } from '../cadence';
import { defineMethods } from './define';

/** 12-4-2-1: the dashboard, the month's worklist and the year plan. */
export const cadenceMethods = defineMethods({
  /** 12-4-2-1 across the book: the dashboard's figures. */
  'cadence.book': { input: cadenceScopeSchema, output: bookCadenceSchema },
  /** This month's work: who needs what, most urgent first. */
  'cadence.worklist': { input: cadenceScopeSchema.omit({ year: true }), output: worklistSchema },
  /** Proposed dates for what the year still needs, over working days with a daily cap. */
  'cadence.plan': { input: planInputSchema, output: yearPlanSchema },
  /** The same plan as an iCalendar file to import into a calendar. */
  'cadence.planIcs': { input: planInputSchema, output: icsFileSchema },
});
