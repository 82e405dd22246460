import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api';
import { SearchHitItem } from './SearchHitItem';
import type { SearchStatus } from './useClientSearch';

export const SEARCH_LISTBOX_ID = 'client-search-listbox';

export function searchHitElementId(clientId: string): string {
  return `client-search-hit-${clientId}`;
}

interface SearchResultsProps {
  hits: SearchHit[];
  status: SearchStatus;
  active: number;
  /** The hits shown are for older text; dimmed until the new answer arrives. */
  stale: boolean;
  onChoose: (hit: SearchHit) => void;
  onHover: (index: number) => void;
  onRetry: () => void;
}

/** The dropdown under the search box. Mouse presses keep the focus in the box. */
export function SearchResults({ hits, status, active, stale, onChoose, onHover, onRetry }: SearchResultsProps) {
  const { t } = useTranslation();
  return (
    <div data-testid="client-search-results" data-status={status} className="client-search-panel" onMouseDown={(event) => event.preventDefault()}>
      {status === 'loading' && <div className="client-search-note text-secondary">{t('search.searching')}</div>}
      {status === 'error' && (
        <div data-testid="client-search-error" className="client-search-note">
          <span>{t('search.failed')}</span>
          <Button size="small" type="link" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        </div>
      )}
      {status === 'ready' && hits.length === 0 && (
        <div data-testid="client-search-empty" className="client-search-note text-secondary" role="status">
          {t('search.empty')}
        </div>
      )}
      <ul id={SEARCH_LISTBOX_ID} role="listbox" aria-label={t('search.results')} className="client-search-list" style={{ opacity: stale ? 0.6 : 1 }}>
        {hits.map((hit, index) => (
          <SearchHitItem
            key={hit.id}
            hit={hit}
            id={searchHitElementId(hit.id)}
            active={index === active}
            onChoose={() => onChoose(hit)}
            onHover={() => onHover(index)}
          />
        ))}
      </ul>
    </div>
  );
}
