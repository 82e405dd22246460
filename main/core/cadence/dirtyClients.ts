import type { Db } from '../db/types';

/**
 * Which clients' 12-4-2-1 may have moved since the book was read: temporary triggers (on this
 * connection only, never on disk) note the client of every interaction, annual report and client
 * row that is written, by any path (a local write, a pulled page, a discard, a re-sync). They are
 * installed only while results are kept, so a first sync into an empty book pays nothing.
 */
const TRIGGERS: readonly { name: string; sql: string }[] = [
  ...(['INSERT', 'UPDATE', 'DELETE'] as const).flatMap((event) =>
    [
      { table: 'interactions', column: 'client_id' },
      { table: 'reports', column: 'client_id' },
      { table: 'clients', column: 'id' },
    ].map(({ table, column }) => {
      const rows = event === 'INSERT' ? ['new'] : event === 'DELETE' ? ['old'] : ['new', 'old'];
      const body = rows.map((row) => `INSERT INTO temp.cadence_dirty VALUES (${row}.${column});`).join(' ');
      const name = `cadence_dirty_${table}_${event.toLowerCase()}`;
      return { name, sql: `CREATE TEMP TRIGGER IF NOT EXISTS ${name} AFTER ${event} ON main.${table} BEGIN ${body} END` };
    }),
  ),
];

export class DirtyClients {
  private installed = false;

  constructor(private readonly db: Db) {
    // No key: a trigger's INSERT OR IGNORE would follow the outer statement's conflict policy; repeats are folded on reading.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS cadence_dirty (client_id TEXT NOT NULL)');
  }

  /** Starts noting writes, from now (what was noted before is forgotten). */
  track(): void {
    this.db.exec('DELETE FROM temp.cadence_dirty');
    if (this.installed) return;
    for (const trigger of TRIGGERS) this.db.exec(trigger.sql);
    this.installed = true;
  }

  /** Stops noting writes (nothing is kept, so nothing needs them). */
  stop(): void {
    if (!this.installed) return;
    for (const trigger of TRIGGERS) this.db.exec(`DROP TRIGGER IF EXISTS temp.${trigger.name}`);
    this.installed = false;
    this.db.exec('DELETE FROM temp.cadence_dirty');
  }

  /** How many writes were noted (a client written twice counts twice), without taking them. */
  count(): number {
    return this.db.prepare('SELECT count(*) FROM temp.cadence_dirty').pluck().get() as number;
  }

  /** The clients noted since the last call, taken (the list starts empty again). */
  take(): string[] {
    const ids = this.db.prepare('SELECT DISTINCT client_id FROM temp.cadence_dirty').pluck().all() as string[];
    if (ids.length > 0) this.db.exec('DELETE FROM temp.cadence_dirty');
    return ids;
  }
}
