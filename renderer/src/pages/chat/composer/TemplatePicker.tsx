import { Empty, Input, Segmented, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chatTemplatesInputSchema } from '../../../../../shared/api';
import { maxLengthOf } from '../../../fields/schemaLimits';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useChatTemplatesQuery } from '../../../store/endpoints/chat';
import { orderTemplates, templateCategories } from './templateOrder';

const ALL = '';
/** The contract's longest search text for templates. */
const TEMPLATE_QUERY_MAX = maxLengthOf(chatTemplatesInputSchema.shape.query.unwrap());

/**
 * 模板回复: the bank's approved replies with this client's name and details filled in, by
 * category, searchable, those matching the client's last message first (推荐). Picking one hands
 * its text to the composer, where the RM can still edit it.
 */
export function TemplatePicker({ clientId, onPick }: { clientId: string; onPick: (text: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState(ALL);
  const debouncedQuery = useDebouncedValue(query.trim().slice(0, TEMPLATE_QUERY_MAX), 200);
  const templates = useChatTemplatesQuery(useAdvisorArg({ clientId, query: debouncedQuery }));
  const all = templates.data ?? [];
  const categories = templateCategories(all);
  const shown = orderTemplates(all, category === ALL || !categories.includes(category) ? null : category);

  return (
    <div className="chat-templates" data-testid="chat-templates">
      <Input.Search data-testid="chat-template-search" allowClear placeholder={t('chat.templates.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
      {categories.length > 1 && (
        <Segmented
          size="small"
          value={category}
          onChange={(value) => setCategory(value)}
          options={[{ label: t('chat.templates.all'), value: ALL }, ...categories.map((name) => ({ label: name, value: name }))]}
        />
      )}
      <div className="chat-template-list">
        {templates.isFetching && !templates.data ? (
          <Spin />
        ) : shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={templates.isError ? t('chat.templates.failed') : t('chat.templates.empty')} />
        ) : (
          shown.map((template) => (
            <button
              type="button"
              key={template.id}
              data-testid="chat-template-item"
              data-id={template.id}
              data-suggested={template.suggested}
              className="chat-template-item"
              onClick={() => onPick(template.text)}
            >
              <span className="chat-template-title">
                {template.title}
                {template.suggested && (
                  <Tag color="gold" className="chat-template-suggested">
                    {t('chat.templates.suggested')}
                  </Tag>
                )}
              </span>
              <span className="chat-template-text">{template.text}</span>
            </button>
          ))
        )}
      </div>
    </div>
  );
}
