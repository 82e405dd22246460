import { z } from 'zod';

/**
 * What a host gives a core it starts in its own thread or process: everything the boot needs,
 * as plain data (it crosses a port). The database key either comes from the web host's key file
 * (read in the core) or, from Electron, raw: safeStorage exists only in Electron's main process.
 */
export const coreBootDataSchema = z
  .object({
    dataDir: z.string().min(1),
    appVersion: z.string(),
    nativeBinding: z.string().optional(),
    key: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('file'), file: z.string().min(1), envKey: z.string().optional() }).strict(),
      z.object({ kind: z.literal('raw'), hex: z.string().regex(/^[0-9a-f]{64}$/i) }).strict(),
    ]),
  })
  .strict();
export type CoreBootData = z.infer<typeof coreBootDataSchema>;
