import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkCompliance } from '../../../shared/rules/compliance';
import { BUILT_IN_PROMISE_RULES } from '../../../shared/rules/promiseRules';
import { makeTempDir } from '../../../testing/tempDir';
import { PROMISE_RULES_FILE, readPromiseRules } from './configuredRules';

const temp = makeTempDir('promise-rules');
afterAll(() => temp.cleanup());
afterEach(() => vi.restoreAllMocks());

function dataDir(name: string, content?: string): string {
  const dir = temp.file(name);
  fs.mkdirSync(dir, { recursive: true });
  if (content !== undefined) fs.writeFileSync(path.join(dir, PROMISE_RULES_FILE), content);
  return dir;
}

describe("the bank's configured promise rules, read at start", () => {
  it('are the built-in rules when the bank configured none', () => {
    expect(readPromiseRules(dataDir('none'))).toEqual({ rules: BUILT_IN_PROMISE_RULES, refused: [] });
  });

  it('add to the built-in ones; a rule that does not compile is refused by name, with an error in the log, and the rest apply', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const config = { rules: [{ id: 'bank.inside_quota', category: 'falseScarcity', pattern: '内部(?:额度|份额)' }, { id: 'bank.broken', category: 'guarantee', pattern: '[unclosed' }] };
    const { rules, refused } = readPromiseRules(dataDir('some', JSON.stringify(config)));
    expect(rules.length).toBe(BUILT_IN_PROMISE_RULES.length + 1);
    expect(refused.map((r) => r.rule)).toEqual(['bank.broken']);
    const logged = stderr.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('compliance.rule_refused'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('bank.broken');
    expect(checkCompliance('这是内部份额', rules).map((f) => f.rule)).toEqual(['bank.inside_quota']);
    expect(checkCompliance('保证收益8%', rules).length).toBeGreaterThan(0);
  });

  it('a file that is not JSON is refused as a whole; the built-in rules still apply', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { rules, refused } = readPromiseRules(dataDir('bad', '{ rules: ['));
    expect(rules).toBe(BUILT_IN_PROMISE_RULES);
    expect(refused).toEqual([{ rule: '(file)', problem: `${PROMISE_RULES_FILE} is not valid JSON` }]);
  });
});
