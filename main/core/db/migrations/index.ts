import type { Migration } from '../types';
import { initial } from './0010-initial';
import { outboxConflictsLockout } from './0020-outbox-conflicts-lockout';

/** Every migration, oldest first. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial, outboxConflictsLockout];
