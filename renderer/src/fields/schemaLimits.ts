import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { formatCount } from '../../../shared/format';

/** What a shared string schema says about its length (zod's `maxLength`). */
interface LengthLimited {
  maxLength: number | null;
}

/**
 * The longest text a shared string schema accepts, so a form says and checks the contract's own
 * number rather than a copy of it. A schema without a maximum is a mistake where one is asked for.
 */
export function maxLengthOf(schema: LengthLimited): number {
  if (schema.maxLength === null) throw new Error('This schema has no maximum length');
  return schema.maxLength;
}

/** antd's rule for a text the contract limits: checked before sending, said in the RM's language. */
export function maxTextRules(t: TFunction, schema: LengthLimited): FormRule[] {
  const max = maxLengthOf(schema);
  return [{ max, message: t('clientEdit.tooLong', { max: formatCount(max) }) }];
}

/** The smallest and largest number a shared number schema accepts (zod's `minValue` / `maxValue`). */
export function valueBoundsOf(schema: { minValue: number | null; maxValue: number | null }): { min: number; max: number } {
  if (schema.minValue === null || schema.maxValue === null) throw new Error('This schema has no bounds');
  return { min: schema.minValue, max: schema.maxValue };
}
