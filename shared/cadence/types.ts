import type { Channel } from '../domain/enums';

export type { Channel };

export interface CadenceInput {
  year: number;
  /** ISO 8601 date or date-time. */
  asOf: string;
  /** ISO date the client joined private banking; absent = before the year. */
  clientSince?: string | null;
  /** IANA zone for month and day boundaries; default 'Asia/Shanghai'. */
  timeZone?: string;
  interactions: { occurredAt: string; theme?: string | null; isAllocationReview?: boolean; channel: Channel; deleted?: boolean }[];
  reports: { kind: 'annual_wealth' | 'allocation'; deliveredAt?: string | null }[];
}

export type MonthState = 'done' | 'missed' | 'due' | 'upcoming' | 'not_applicable';
export type CadenceStatus = 'complete' | 'on_track' | 'at_risk' | 'behind' | 'not_applicable';

export interface Progress {
  done: number;
  target: number;
  expected: number;
}

export interface CadenceResult {
  status: CadenceStatus;
  /** 12 entries, January first. */
  months: MonthState[];
  monthly: Progress;
  reviews: Progress;
  faceToFace: Progress;
  annualReport: Progress;
}
