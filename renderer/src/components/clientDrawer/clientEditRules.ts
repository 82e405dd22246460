import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { fieldIssueOf } from '../../../../shared/api';
import { clientSchema, longTextSchema, shortTextSchema } from '../../../../shared/domain';
import { maxTextRules } from '../../fields/schemaLimits';
import { normalizeTags } from '../../fields/textValue';

/** antd rules from the client schema's own limits, so the RM reads the problem in their language first. */
export function clientEditRules(t: TFunction) {
  const tags: FormRule[] = [
    {
      validator: async (_rule, value: string[] | undefined) => {
        const parsed = clientSchema.shape.tags.safeParse(normalizeTags(value));
        const problem = parsed.error?.issues[0];
        if (!problem) return;
        const issue = fieldIssueOf(problem, 'tags');
        // On the list itself: too many tags; on one of them (`tags.3`): that tag is too long.
        const max = issue.params.max;
        throw new Error(issue.path === 'tags' ? t('clientEdit.tooManyTags', { max }) : t('clientEdit.tagTooLong', { max }));
      },
    },
  ];
  return {
    tags,
    contactPrefs: maxTextRules(t, shortTextSchema),
    longText: maxTextRules(t, longTextSchema),
  };
}
