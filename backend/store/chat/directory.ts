import type Database from 'better-sqlite3-multiple-ciphers';

/** A client as the client page's demo picker shows them. */
export interface ChatDirectoryEntry {
  customerNo: string;
  name: string;
}

/** The live client with this customer number, with their advisor's name (the demo sign-in's answer). */
export function findChatClient(
  db: Database.Database,
  customerNo: string,
): { clientId: string; name: string; advisorName: string } | undefined {
  return db
    .prepare(
      `SELECT c.id AS clientId, c.name, a.name AS advisorName FROM clients c JOIN advisors a ON a.id = c.advisor_id
       WHERE c.customer_no = ? AND c.deleted = 0 AND a.deleted = 0`,
    )
    .get(customerNo) as { clientId: string; name: string; advisorName: string } | undefined;
}

/** The first `limit` live clients of an advisor, by customer number. */
export function chatDirectory(db: Database.Database, advisorId: string, limit: number): ChatDirectoryEntry[] {
  return db
    .prepare('SELECT customer_no AS customerNo, name FROM clients WHERE advisor_id = ? AND deleted = 0 ORDER BY customer_no LIMIT ?')
    .all(advisorId, limit) as ChatDirectoryEntry[];
}
