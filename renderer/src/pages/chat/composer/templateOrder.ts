import type { ChatTemplate } from '../../../../../shared/api';

/** The picker's category tabs: every category present, in the order first met. */
export function templateCategories(templates: readonly ChatTemplate[]): string[] {
  return [...new Set(templates.map((template) => template.category))];
}

/**
 * The templates of one category (or all, for null), those matching the client's last message
 * first (marked 推荐), otherwise in the host's order.
 */
export function orderTemplates(templates: readonly ChatTemplate[], category: string | null): ChatTemplate[] {
  const shown = category === null ? [...templates] : templates.filter((template) => template.category === category);
  return shown.sort((a, b) => Number(b.suggested) - Number(a.suggested));
}
