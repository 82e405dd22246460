import type Database from 'better-sqlite3-multiple-ciphers';

/** One schema step. `version` goes into PRAGMA user_version; numbered in tens to leave room. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
