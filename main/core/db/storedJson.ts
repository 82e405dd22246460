import type { z } from 'zod';
import { log } from '../log';

/**
 * A JSON column read back through its schema (Signal Desktop's `parseData` pattern): stored data
 * is a boundary like any other, written by an older version or damaged on disk. Answers null when
 * it does not parse; the caller decides what an unreadable row means. `where` names the column
 * in the log (`outbox.payload`), never its content.
 */
export function parseStoredJson<S extends z.ZodType>(schema: S, text: string | null, where: string): z.output<S> | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    log.warn('db.unreadable_json', { where, problem: 'not_json' });
    return null;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  log.warn('db.unreadable_json', { where, problem: 'schema', issues: parsed.error.issues.length });
  return null;
}
