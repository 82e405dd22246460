import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();
/** An instant with an explicit offset or `Z`, e.g. `2026-03-02T09:30:00+08:00`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Money in fen (1/100 yuan) as an integer, so sums are exact. */
export const fenSchema = z.number().int().safe();
export const nonNegativeFenSchema = fenSchema.nonnegative();

/** Ids are opaque strings made by whoever creates the record (bank or desk). */
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only');

/** Free text fields: bounded so a runaway paste cannot bloat the database or a report. */
export const shortTextSchema = z.string().max(200);
export const longTextSchema = z.string().max(20_000);
