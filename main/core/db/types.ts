import type Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

/** One schema step. Numbered in tens (`0010-initial.ts`) so a fix can slot in between. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}
