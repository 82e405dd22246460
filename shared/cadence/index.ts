export { evaluateCadence, evaluateTouches } from './evaluate';
export type { Touch, Touches } from './evaluate';
export type { CadenceInput, CadenceResult, CadenceStatus, Channel, MonthState, Progress } from './types';
export { planYear } from './plan';
export type { PlanClient, PlannedEntry, PlanKind } from './plan';
export { planToIcs } from './ics';
