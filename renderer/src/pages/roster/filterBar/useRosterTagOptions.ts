import { useMemo } from 'react';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useRosterTagsQuery } from '../../../store/endpoints/clients';

/** Every tag in the book (clients.tags), plus tags still chosen that no client carries any more. */
export function useRosterTagOptions(chosen: readonly string[]) {
  const query = useRosterTagsQuery(useAdvisorArg());
  const options = useMemo(() => {
    const tags = new Set([...(query.data ?? []), ...chosen]);
    return [...tags].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((tag) => ({ value: tag, label: tag }));
  }, [query.data, chosen]);
  return { options, loading: query.isLoading };
}
