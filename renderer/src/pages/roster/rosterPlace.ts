import type { RosterFilter, RosterSort } from '../../../../shared/api';
import { normalizeRosterFilter } from './rosterFilter';

/** Where the RM was in the roster when they left it for a client's page. */
export interface RosterPlace {
  /** The advisor, sort and filter the place belongs to. */
  signature: string;
  scrollTop: number;
  /** The client opened from the roster, focused again on return. */
  clientId: string | null;
}

export interface PlaceMemory {
  remember(place: RosterPlace): void;
  /** The remembered place if it belongs to the same advisor, sort and filter. */
  recall(signature: string): RosterPlace | null;
}

export function createPlaceMemory(): PlaceMemory {
  let place: RosterPlace | null = null;
  return {
    remember(next) {
      place = next;
    },
    recall(signature) {
      return place && place.signature === signature ? place : null;
    },
  };
}

/** In memory only (this window, this run): a restart starts at the top, with the saved filter and sort. */
export const rosterPlaceMemory = createPlaceMemory();

export function rosterPlaceSignature(advisorId: string, sort: RosterSort, filter: RosterFilter): string {
  return JSON.stringify([advisorId, sort.field, sort.order, normalizeRosterFilter(filter)]);
}
