import type Database from 'better-sqlite3-multiple-ciphers';
import type { Advisor, Client, Holding, Interaction, Product } from '../../shared/domain/entities';
import { hashPassword } from './password';
import { clientParams, holdingParams, interactionParams, productParams } from './rows';
import { writeTransaction } from './sequence';
import { UPSERT_ADVISOR, UPSERT_CLIENT, UPSERT_HOLDING, UPSERT_INTERACTION, UPSERT_PRODUCT } from './statements';

export interface AdvisorWithPassword {
  advisor: Advisor;
  /** Plain text; only its scrypt hash is stored. */
  password: string;
}

/** Whole records to write; each gets a fresh seq, so each appears in the change feed again. */
export interface RecordsInput {
  advisors?: readonly AdvisorWithPassword[];
  products?: readonly Product[];
  clients?: readonly Client[];
  holdings?: readonly Holding[];
  interactions?: readonly Interaction[];
}

/**
 * Writes records in one transaction, parents before children (advisors, products, clients,
 * holdings, interactions), so the feed also delivers a client before its holdings and a desk
 * applying pages in order never sees a dangling reference. Returns the number of rows written.
 */
export function putRecords(db: Database.Database, input: RecordsInput): number {
  // scrypt is deliberately slow; do it before taking the write lock.
  const advisors = (input.advisors ?? []).map(({ advisor, password }) => ({ advisor, secret: hashPassword(password) }));
  const upsertAdvisor = db.prepare(UPSERT_ADVISOR);
  const upsertProduct = db.prepare(UPSERT_PRODUCT);
  const upsertClient = db.prepare(UPSERT_CLIENT);
  const upsertHolding = db.prepare(UPSERT_HOLDING);
  const upsertInteraction = db.prepare(UPSERT_INTERACTION);
  const ownerInDb = db.prepare('SELECT advisor_id FROM clients WHERE id = ?').pluck();

  return writeTransaction(db, (nextSeq) => {
    let written = 0;
    for (const { advisor, secret } of advisors) {
      upsertAdvisor.run({ ...advisor, passwordHash: secret.hash, passwordSalt: secret.salt, seq: nextSeq() });
      written++;
    }
    for (const p of input.products ?? []) {
      upsertProduct.run(productParams(p, nextSeq()));
      written++;
    }
    // Holdings and interactions are visible to their client's advisor; remember who that is.
    const owners = new Map<string, string>();
    for (const c of input.clients ?? []) {
      upsertClient.run(clientParams(c, nextSeq()));
      owners.set(c.id, c.advisorId);
      written++;
    }
    const ownerOf = (clientId: string): string => {
      const owner = owners.get(clientId) ?? (ownerInDb.get(clientId) as string | undefined);
      if (owner === undefined) throw new Error(`unknown client ${clientId}`);
      return owner;
    };
    for (const h of input.holdings ?? []) {
      upsertHolding.run(holdingParams(h, ownerOf(h.clientId), nextSeq()));
      written++;
    }
    for (const i of input.interactions ?? []) {
      upsertInteraction.run(interactionParams(i, ownerOf(i.clientId), nextSeq()));
      written++;
    }
    return written;
  });
}
