import type { BookCadence } from '../../../../../shared/api';
import { CADENCE_STATUSES } from '../../../../../shared/api';
import { StatusCard } from './StatusCard';
import { useOpenRosterWithCadence } from './useOpenRosterWithCadence';

/** One card per status; each opens the roster on those clients for the same year and day. */
export function StatusCards({ book }: { book: BookCadence }) {
  const openRoster = useOpenRosterWithCadence();
  return (
    <div className="cadence-status-grid">
      {CADENCE_STATUSES.map((status) => (
        <StatusCard
          key={status}
          status={status}
          count={book.byStatus[status]}
          clients={book.clients}
          onOpen={() => openRoster({ year: book.year, asOf: book.asOf, statuses: [status] })}
        />
      ))}
    </div>
  );
}
