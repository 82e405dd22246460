import type { Migration } from '../types';
import { initial } from './0010-initial';

/** Every migration, oldest first. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial];
