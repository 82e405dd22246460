import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { CLIENT_EDIT_LIMITS } from './clientEdit';

/** antd rules with the schema's limits, so the RM reads the problem in their language first. */
export function clientEditRules(t: TFunction) {
  const maxText = (max: number): FormRule[] => [{ max, message: t('clientEdit.tooLong', { max }) }];
  const tags: FormRule[] = [
    {
      validator: async (_rule, value: string[] | undefined) => {
        const tagList = value ?? [];
        if (tagList.length > CLIENT_EDIT_LIMITS.tagCount) throw new Error(t('clientEdit.tooManyTags', { max: CLIENT_EDIT_LIMITS.tagCount }));
        const long = tagList.find((tag) => tag.trim().length > CLIENT_EDIT_LIMITS.tagLength);
        if (long) throw new Error(t('clientEdit.tagTooLong', { max: CLIENT_EDIT_LIMITS.tagLength }));
      },
    },
  ];
  return {
    tags,
    contactPrefs: maxText(CLIENT_EDIT_LIMITS.shortText),
    longText: maxText(CLIENT_EDIT_LIMITS.longText),
  };
}
