import type { Migration } from '../types';
import { initial } from './0010-initial';
import { outboxConflictsLockout } from './0020-outbox-conflicts-lockout';
import { clientSearch } from './0030-client-search';
import { cadenceIndex } from './0040-cadence-index';
import { reports } from './0050-reports';
import { chat } from './0060-chat';
import { productLiquidity } from './0070-product-liquidity';

/** Every migration, oldest first. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial, outboxConflictsLockout, clientSearch, cadenceIndex, reports, chat, productLiquidity];
