import type { ClientRiskLevel, ProductRiskRating } from '../domain/enums';

const level = (value: string) => Number(value.slice(1));

/**
 * Suitability (glossary): a client at Cn may hold or be offered products up to Rn. A client never
 * assessed may be offered nothing. (Whether the assessment still holds is `assessment.ts`.)
 */
export function exceedsClientRisk(product: ProductRiskRating, client: ClientRiskLevel | null): boolean {
  return client === null || level(product) > level(client);
}
