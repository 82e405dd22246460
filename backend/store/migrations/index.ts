import { initialSchema } from './0010-initial';
import { mutationsSchema } from './0020-mutations';
import { reportsSchema } from './0030-reports';
import { chatSchema } from './0040-chat';
import { productLiquiditySchema } from './0050-product-liquidity';
import type { Migration } from './types';

/** All migrations, oldest first. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, mutationsSchema, reportsSchema, chatSchema, productLiquiditySchema];
