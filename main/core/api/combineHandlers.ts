import type { Feature, MethodName } from '../../../shared/api';
import { featureMethods } from '../../../shared/api';
import type { WriteEffectOptions } from './bindHandler';
import { bindHandler } from './bindHandler';
import type { Handlers } from './dispatch';
import type { CoreContext, FeatureTable, Handler, WriteContext } from './handlerKit';

/** Every feature's table, keyed by feature, each over sessions of type S (or less). */
export type FeatureTables<S> = { [F in Feature]: FeatureTable<F, S> };

/**
 * The whole handler table from the features' tables, checked against the contract at start: each
 * feature implements exactly its own slice (no method missing, none extra, none twice), so a
 * contract change that a feature has not followed stops the core from starting, loudly.
 */
export function combineHandlers<S extends WriteContext>(tables: FeatureTables<S>, core: CoreContext<S>, options: WriteEffectOptions = {}): Handlers {
  const bound = new Map<MethodName, unknown>();
  for (const feature of Object.keys(featureMethods) as Feature[]) {
    const table = tables[feature] as FeatureTable<Feature, S> | undefined;
    if (!table) throw new Error(`No handler table for ${feature}.`);
    if (table.feature !== feature) throw new Error(`The handler table given for ${feature} is ${table.feature}'s.`);
    const declared = Object.keys(featureMethods[feature]);
    const given = Object.keys(table.handlers);
    const missing = declared.filter((m) => !given.includes(m));
    const extra = given.filter((m) => !declared.includes(m));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(`The ${feature} handlers do not match the contract (missing: ${missing.join(', ') || 'none'}; not in the contract: ${extra.join(', ') || 'none'}).`);
    }
    for (const method of given as MethodName[]) {
      if (bound.has(method)) throw new Error(`${method} has two handlers.`);
      const handler = (table.handlers as Record<string, Handler<MethodName, S>>)[method] as Handler<MethodName, S>;
      bound.set(method, bindHandler(method, handler, core, options));
    }
  }
  return Object.fromEntries(bound) as Handlers;
}
