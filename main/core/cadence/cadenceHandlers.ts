import type { CadenceService } from './cadenceService';
import { defineHandlers } from '../api/handlerKit';


/** 12-4-2-1: the dashboard, the month's worklist and the year plan. */
export const cadenceHandlers = defineHandlers<{ cadence: CadenceService }>()('cadence', {
  'cadence.book': (scope, s) => s.cadence.book(scope),
  'cadence.worklist': ({ asOf }, s) => s.cadence.worklist(asOf),
  'cadence.plan': (input, s) => s.cadence.plan(input),
  'cadence.planIcs': (input, s) => s.cadence.planIcs(input),
});
