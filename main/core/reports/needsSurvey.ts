import type { NeedsSurvey } from '../../../shared/api';
import { AppError, needsSurveySchema } from '../../../shared/api';
import { parseStoredJson } from '../db/storedJson';
import type { Db } from '../db/types';

/**
 * The annual report's needs survey, one per client. It is the RM's working notes for the next
 * annual report, so it stays at the desk (the report that quotes it goes to the bank).
 */
export function readSurvey(db: Db, clientId: string): NeedsSurvey | null {
  const json = db.prepare('SELECT data FROM needs_surveys WHERE client_id = ?').pluck().get(clientId) as string | undefined;
  // A row that no longer parses (a future shape, damage) reads as none rather than failing the report.
  return parseStoredJson(needsSurveySchema, json ?? null, 'needs_surveys.data');
}

export function saveSurvey(db: Db, clientId: string, survey: NeedsSurvey, now: string): NeedsSurvey {
  const exists = db.prepare('SELECT 1 FROM clients WHERE id = ? AND deleted = 0').get(clientId);
  if (!exists) throw new AppError('client.not_found');
  db.prepare(
    `INSERT INTO needs_surveys (client_id, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run(clientId, JSON.stringify(survey), now);
  return survey;
}
