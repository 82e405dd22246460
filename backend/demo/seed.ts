import type { BackendStore } from '../store';
import type { DemoBookOptions } from './generate';
import { generateDemoBook } from './generate';

/** Generates the demo book and writes it in one transaction. Returns the rows written. */
export function seedDemoBook(store: BackendStore, options: DemoBookOptions): number {
  return store.putRecords(generateDemoBook(options));
}
