import { SearchOutlined } from '@ant-design/icons';
import type { InputRef } from 'antd';
import { Input } from 'antd';
import type { KeyboardEvent } from 'react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api';
import { MAX_SEARCH_QUERY } from '../../../../shared/api';
import { useOpenClient } from '../../navigation/useOpenClient';
import { chosenIndex, highlightInRange, moveHighlight } from '../../hooks/listNavigation';
import { useClientSearchFallback } from './useClientSearchFallback';
import { SEARCH_LISTBOX_ID, SearchResults, searchHitElementId } from './SearchResults';
import { useClientSearch } from './useClientSearch';
import { useSearchShortcut } from './useSearchShortcut';
import './search.css';

/**
 * Search as you type in the header: name, pinyin, initials, customer number or phone tail.
 * Ctrl+K / Cmd+K focuses it from anywhere; arrows move through the hits, Enter opens the
 * highlighted client's page (the first hit when none is highlighted), Escape closes the list (a
 * second Escape clears the box).
 */
export function ClientSearch() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // The highlight belongs to one query's hits; a new query starts with nothing highlighted.
  const [highlight, setHighlight] = useState({ query: '', index: -1 });
  const inputRef = useRef<InputRef>(null);
  const search = useClientSearch(text);
  const searchNow = useClientSearchFallback();
  const openClient = useOpenClient();

  const active = highlightInRange(highlight.query === search.query ? highlight.index : -1, search.hits.length);
  const activeHit = search.hits[active];
  const enterHit = search.hits[chosenIndex(active, search.hits.length)];
  const showList = open && search.status !== 'idle';

  const focusSearch = useCallback(() => {
    inputRef.current?.focus({ cursor: 'all' });
    setOpen(true);
  }, []);
  useSearchShortcut(focusSearch);

  const choose = (hit: SearchHit) => {
    setText('');
    setOpen(false);
    inputRef.current?.blur();
    openClient(hit.id);
  };

  /** Enter before the answer for the latest text is in: ask now and open its best hit. */
  const chooseWhenAnswered = async () => {
    const typed = text;
    const hit = await searchNow(typed);
    if (hit && inputRef.current?.input?.value === typed) choose(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // an IME is composing 汉字: its keys are its own
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setHighlight({ query: search.query, index: moveHighlight(active, event.key, search.hits.length) });
        break;
      case 'Enter':
        event.preventDefault();
        if (search.settled) {
          if (enterHit) choose(enterHit);
        } else {
          void chooseWhenAnswered();
        }
        break;
      case 'Escape':
        if (showList) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
      default:
        break;
    }
  };

  return (
    <div className="client-search">
      <Input
        ref={inputRef}
        data-testid="client-search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={SEARCH_LISTBOX_ID}
        aria-autocomplete="list"
        aria-activedescendant={showList && activeHit ? searchHitElementId(activeHit.id) : undefined}
        autoComplete="off"
        spellCheck={false}
        allowClear
        maxLength={MAX_SEARCH_QUERY}
        prefix={<SearchOutlined className="text-secondary" />}
        suffix={<kbd className="client-search-kbd">{t('search.shortcut')}</kbd>}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <SearchResults
          hits={search.hits}
          status={search.status}
          active={active}
          stale={!search.settled && search.status === 'ready'}
          onChoose={choose}
          onHover={(index) => setHighlight({ query: search.query, index })}
          onRetry={search.retry}
        />
      )}
    </div>
  );
}
