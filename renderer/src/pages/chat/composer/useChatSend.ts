import { useCallback, useState } from 'react';
import { toApiError } from '../../../api/errors';
import { chatApi } from '../../../store/endpoints/chat';
import { chatLineArrived } from '../../../store/chatEvents';
import { useAppDispatch } from '../../../store/hooks';
import type { ComposerProblem } from './ComposerNotice';
import { fileToBase64, imageFileProblem } from './imageFile';
import { sendRefusal } from './sendRefusal';

/**
 * Sending from the composer: text, an image, a report. A sent line shows at once (pending until
 * the bank stores it); a refusal becomes the composer's notice and the RM's text stays.
 */
export function useChatSend(clientId: string) {
  const dispatch = useAppDispatch();
  const [problem, setProblem] = useState<ComposerProblem | null>(null);
  const [sending, setSending] = useState(false);

  /** Runs one send; true when it went. */
  const attempt = useCallback(
    async (send: () => Promise<Parameters<typeof chatLineArrived>[1]>, refusal: (error: unknown) => ComposerProblem): Promise<boolean> => {
      setSending(true);
      try {
        dispatch(chatLineArrived(clientId, await send()));
        setProblem(null);
        return true;
      } catch (error) {
        setProblem(refusal(error));
        return false;
      } finally {
        setSending(false);
      }
    },
    [dispatch, clientId],
  );

  const sendText = useCallback(
    (body: string) =>
      attempt(
        () => dispatch(chatApi.endpoints.sendChatText.initiate({ clientId, body }, { track: false })).unwrap(),
        (error) => sendRefusal(toApiError(error), body),
      ),
    [attempt, dispatch, clientId],
  );

  const sendImage = useCallback(
    async (file: File) => {
      const problemWithFile = imageFileProblem(file);
      if (problemWithFile) {
        setProblem({ kind: 'image', problem: problemWithFile });
        return false;
      }
      return attempt(
        async () => dispatch(chatApi.endpoints.sendChatImage.initiate({ clientId, base64: await fileToBase64(file), caption: '' }, { track: false })).unwrap(),
        (error) => sendRefusal(toApiError(error), ''),
      );
    },
    [attempt, dispatch, clientId],
  );

  const sendReport = useCallback(
    (reportId: string) =>
      attempt(
        () => dispatch(chatApi.endpoints.sendChatReport.initiate({ clientId, reportId }, { track: false })).unwrap(),
        (error) => sendRefusal(toApiError(error), ''),
      ),
    [attempt, dispatch, clientId],
  );

  return { sendText, sendImage, sendReport, sending, problem, clearProblem: () => setProblem(null) };
}
