export { evaluateCadence } from './evaluate';
export type { CadenceInput, CadenceResult, CadenceStatus, Channel, MonthState, Progress } from './types';
