import fs from 'node:fs';
import path from 'node:path';
import type { PromiseRule, RefusedPromiseRule } from '../../../shared/rules/promiseRules';
import { BUILT_IN_PROMISE_RULES, parseConfiguredPromiseRules } from '../../../shared/rules/promiseRules';
import { log } from '../log';

/** The bank's own promise rules, put in the data folder by its IT beside `config.json`. */
export const PROMISE_RULES_FILE = 'promise-rules.json';

/**
 * The rules the core checks with: the built-in ones and the bank's configured ones. A file that
 * is not JSON, or a rule that does not parse or compile, is refused at start with an error naming
 * the rule (the log is what the bank's IT reads); everything else still applies, built-in rules
 * always.
 */
export function readPromiseRules(dataDir: string): { rules: readonly PromiseRule[]; refused: RefusedPromiseRule[] } {
  const file = path.join(dataDir, PROMISE_RULES_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { rules: BUILT_IN_PROMISE_RULES, refused: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse([{ rule: '(file)', problem: `${PROMISE_RULES_FILE} is not valid JSON` }], []);
  }
  const { rules, refused } = parseConfiguredPromiseRules(json);
  return refuse(refused, rules);
}

function refuse(refused: RefusedPromiseRule[], configured: PromiseRule[]): { rules: readonly PromiseRule[]; refused: RefusedPromiseRule[] } {
  for (const { rule, problem } of refused) log.error('compliance.rule_refused', { rule, problem });
  if (configured.length > 0) log.info('compliance.rules_configured', { count: configured.length });
  return { rules: configured.length > 0 ? [...BUILT_IN_PROMISE_RULES, ...configured] : BUILT_IN_PROMISE_RULES, refused };
}
