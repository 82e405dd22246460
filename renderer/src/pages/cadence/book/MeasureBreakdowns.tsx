import type { BookCadence } from '../../../../../shared/api';
import { CADENCE_MEASURES } from '../../../../../shared/api';
import { MeasureBreakdown } from './MeasureBreakdown';
import { useOpenRosterWithCadence } from './useOpenRosterWithCadence';

/** The four measures (12 / 4 / 2 / 1) side by side; each part opens the roster on those clients. */
export function MeasureBreakdowns({ book }: { book: BookCadence }) {
  const openRoster = useOpenRosterWithCadence();
  return (
    <div className="cadence-measure-grid">
      {CADENCE_MEASURES.map((measure) => (
        <MeasureBreakdown
          key={measure}
          measure={measure}
          counts={book.byMeasure[measure]}
          onOpen={(standing) => openRoster({ year: book.year, asOf: book.asOf, measure: { name: measure, standing } })}
        />
      ))}
    </div>
  );
}
