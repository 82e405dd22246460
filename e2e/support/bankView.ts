import type { Client, Holding, Interaction, Product } from '../../shared/domain';
import { changesPageSchema, tokenResponseSchema } from '../../shared/wire';

/**
 * What the bank holds for an advisor, read the way the desk reads it: sign in and walk the
 * change feed. Lets an end-to-end test check the backend process from outside.
 */
export interface BankView {
  clients: Map<string, Client>;
  interactions: Map<string, Interaction>;
  holdings: Map<string, Holding>;
  products: Map<string, Product>;
}

export async function bankView(url: string, username = 'demo', password = 'demo1234'): Promise<BankView> {
  const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const { accessToken } = tokenResponseSchema.parse(await login.json());
  const clients = new Map<string, Client>();
  const interactions = new Map<string, Interaction>();
  const holdings = new Map<string, Holding>();
  const products = new Map<string, Product>();
  let cursor: string | null = null;
  for (;;) {
    const query: string = cursor === null ? 'limit=5000' : `cursor=${cursor}&limit=5000`;
    const response = await fetch(`${url}/sync/changes?${query}`, { headers: { authorization: `Bearer ${accessToken}` } });
    const page = changesPageSchema.parse(await response.json());
    for (const change of page.changes) {
      if (change.entity === 'client') clients.set(change.data.id, change.data);
      if (change.entity === 'interaction') interactions.set(change.data.id, change.data);
      if (change.entity === 'holding') holdings.set(change.data.id, change.data);
      if (change.entity === 'product') products.set(change.data.id, change.data);
    }
    cursor = page.cursor;
    if (!page.hasMore) return { clients, interactions, holdings, products };
  }
}
