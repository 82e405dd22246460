import { z } from 'zod';
import { apiResultSchema, sessionInfoSchema } from '../../../shared/api';

/**
 * The port protocol between a host (Electron's main process, the web host) and the core running
 * in its own thread or process. The same messages over a worker thread's port and Electron's
 * MessagePort, checked on arrival on both sides: a malformed message is dropped and logged, never
 * acted on.
 */
const resumableSchema = z.object({ username: z.string().min(1).max(128), secret: z.string().min(16).max(128) }).strict();
const resumeStateSchema = z.object({ locked: z.boolean(), mode: z.enum(['online', 'offline']) }).strict();

export const toCoreSchema = z.discriminatedUnion('kind', [
  /** A contract method, answered with `answer` of the same id. */
  z.object({ kind: z.literal('call'), id: z.number().int().nonnegative(), method: z.string().max(128), input: z.unknown() }).strict(),
  /** After a restart: take back the session the last core had; answered with `resumed`. */
  z.object({ kind: z.literal('resume'), session: resumableSchema, state: resumeStateSchema }).strict(),
  /** Close the book and stop; answered with `closed`. */
  z.object({ kind: z.literal('close') }).strict(),
]);
export type ToCore = z.infer<typeof toCoreSchema>;

export const fromCoreSchema = z.discriminatedUnion('kind', [
  /** Booted: the backend it talks to, and whether that is the built-in demo one. */
  z.object({ kind: z.literal('ready'), backendUrl: z.string(), demo: z.boolean() }).strict(),
  /** It could not boot (a key it cannot read, a bad config): the host says so and does not restart it. */
  z.object({ kind: z.literal('failed'), message: z.string().max(2_000) }).strict(),
  z.object({ kind: z.literal('answer'), id: z.number().int().nonnegative(), result: apiResultSchema }).strict(),
  /** A contract event, for the renderer (the host forwards it). */
  z.object({ kind: z.literal('event'), event: z.string().max(64), payload: z.unknown() }).strict(),
  /** The signed-in session's resume secret, for the host alone; null when there is nothing to resume. */
  z.object({ kind: z.literal('resumable'), session: resumableSchema.nullable() }).strict(),
  z.object({ kind: z.literal('resumed'), info: sessionInfoSchema.nullable() }).strict(),
  z.object({ kind: z.literal('closed') }).strict(),
]);
export type FromCore = z.infer<typeof fromCoreSchema>;

/** One end of the port: what both a worker thread's port and an Electron MessagePort can be made into. */
export interface MessageLink {
  post(message: unknown): void;
  /** Answers the unsubscribe function. */
  onMessage(listener: (message: unknown) => void): () => void;
}
