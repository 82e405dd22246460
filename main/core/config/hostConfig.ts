import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Host settings, from `config.json` in the data folder (for a branch PC set up once by IT)
 * overridden by environment variables (for a developer or a test).
 */
const fileSchema = z
  .object({
    backendUrl: z.url({ protocol: /^https?$/ }).optional(),
    syncIntervalMs: z.number().int().min(5_000).max(3_600_000).optional(),
    autoLockMinutes: z.number().int().min(1).max(240).optional(),
  })
  .strict();

const envSchema = z.object({
  ADVISOR_DESK_BACKEND_URL: z.url({ protocol: /^https?$/ }).optional(),
  ADVISOR_DESK_SYNC_INTERVAL_MS: z.coerce.number().int().min(1_000).max(3_600_000).optional(),
  ADVISOR_DESK_DEMO_CLIENTS: z.coerce.number().int().min(1).max(10_000).default(200),
  ADVISOR_DESK_AUTO_LOCK_MINUTES: z.coerce.number().int().min(1).max(240).optional(),
});

export interface HostConfig {
  /** The bank backend; null means demo mode with the built-in reference backend. */
  backendUrl: string | null;
  syncIntervalMs: number;
  demoClients: number;
  /** Idle minutes before the desk locks itself (default 10). */
  autoLockMinutes: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function readHostConfig(dataDir: string, env: NodeJS.ProcessEnv): HostConfig {
  const file = path.join(dataDir, 'config.json');
  const fromFile = fs.existsSync(file) ? parseOrExplain(fileSchema, readJson(file), file) : {};
  const fromEnv = parseOrExplain(envSchema, emptyAsUnset(env), 'environment');
  return {
    backendUrl: fromEnv.ADVISOR_DESK_BACKEND_URL ?? fromFile.backendUrl ?? null,
    syncIntervalMs: fromEnv.ADVISOR_DESK_SYNC_INTERVAL_MS ?? fromFile.syncIntervalMs ?? 60_000,
    demoClients: fromEnv.ADVISOR_DESK_DEMO_CLIENTS,
    autoLockMinutes: fromEnv.ADVISOR_DESK_AUTO_LOCK_MINUTES ?? fromFile.autoLockMinutes ?? 10,
  };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new ConfigError(`${file} is not valid JSON.`);
  }
}

function parseOrExplain<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new ConfigError(`Invalid settings in ${where}: ${problems}`);
}

function emptyAsUnset(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}
