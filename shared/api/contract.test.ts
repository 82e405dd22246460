import { describe, expect, it } from 'vitest';
import { changesOf, DATA_TABLES, featureMethods, METHOD_NAMES, methods } from './contract';

describe('the contract by feature', () => {
  it('has no method declared by two features', () => {
    const declared = Object.values(featureMethods).flatMap((slice) => Object.keys(slice));
    expect(declared.length).toBe(new Set(declared).size);
    expect(declared.sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('names only known tables in what a method changes', () => {
    for (const method of METHOD_NAMES) for (const table of changesOf(method)) expect(DATA_TABLES, method).toContain(table);
  });

  it('declares changes for every method that writes what the bank must get', () => {
    // Writes that reach the bank go through the outbox; their callers must hear of it.
    expect(changesOf('interactions.log')).toContain('outbox');
    expect(changesOf('clients.reveal')).toEqual(['outbox']);
    expect(changesOf('clients.page')).toEqual([]);
    expect(Object.keys(methods)).toHaveLength(METHOD_NAMES.length);
  });
});
