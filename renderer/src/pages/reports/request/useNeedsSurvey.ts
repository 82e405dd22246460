import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NeedsSurvey } from '../../../../../shared/api';
import { toApiError } from '../../../api/errors';
import { thrownText } from '../../../api/errorText';
import { useAdvisorArg } from '../../../hooks/useAdvisorArg';
import { useNeedsSurveyQuery, useSaveNeedsSurveyMutation } from '../../../store/endpoints/reports';

/** The client's needs survey (`reports.survey`, local, so offline too) and its save. */
export function useNeedsSurvey(clientId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const query = useNeedsSurveyQuery(useAdvisorArg({ clientId }));
  const [saveSurvey, { isLoading: saving }] = useSaveNeedsSurveyMutation();

  const save = async (survey: NeedsSurvey) => {
    try {
      await saveSurvey({ clientId, survey }).unwrap();
      void message.success(t('survey.saved'));
    } catch (error) {
      void message.error(t('survey.saveFailed', { message: thrownText(t, error) }));
    }
  };

  return {
    /** Undefined while loading; null when the client has no survey yet. */
    survey: query.data,
    /** Why the saved survey could not be read, or null. */
    loadError: query.isError ? toApiError(query.error) : null,
    retry: query.refetch,
    save,
    saving,
  };
}
