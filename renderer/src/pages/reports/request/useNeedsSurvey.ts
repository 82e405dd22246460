import { skipToken } from '@reduxjs/toolkit/query/react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NeedsSurvey } from '../../../../../shared/api';
import { toApiError } from '../../../api/errors';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useNeedsSurveyQuery, useSaveNeedsSurveyMutation } from '../../../store/api';

/** The client's needs survey (`reports.survey`, local, so offline too) and its save. */
export function useNeedsSurvey(clientId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const advisor = useAdvisorArg();
  const query = useNeedsSurveyQuery(advisor === skipToken ? skipToken : { ...advisor, clientId });
  const [saveSurvey, { isLoading: saving }] = useSaveNeedsSurveyMutation();

  const save = async (survey: NeedsSurvey) => {
    try {
      await saveSurvey({ clientId, survey }).unwrap();
      void message.success(t('survey.saved'));
    } catch (error) {
      void message.error(t('survey.saveFailed', { message: toApiError(error).message }));
    }
  };

  return {
    /** Undefined while loading; null when the client has no survey yet. */
    survey: query.data,
    loadFailed: query.isError,
    retry: query.refetch,
    save,
    saving,
  };
}
