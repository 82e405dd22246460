import type { ApiResult, MethodName, MethodOutput, ParsedInput } from '../../../shared/api';
import { AppError, isMethodName, methods, validationError } from '../../../shared/api';
import { errorKind, log } from '../log';

/** One function per contract method, receiving the validated input. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The one entry point both adapters call. It checks the method name and the input against the
 * contract, runs the handler, checks its output (a handler bug must not reach the renderer as
 * malformed data), and always answers an envelope: nothing thrown escapes.
 */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail(new AppError('request.unknown_method', {}, [{ path: 'method', reason: 'not_allowed', params: {}, message: 'not a method of the API' }]));
    }
    const contract = methods[method];
    const parsedInput = contract.input.safeParse(input);
    if (!parsedInput.success) return fail(validationError(parsedInput.error));
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const output = await handler(parsedInput.data);
      const parsedOutput = contract.output.safeParse(output);
      if (!parsedOutput.success) {
        log.error('api.bad_output', { method, issues: parsedOutput.error.issues.length });
        return fail(new AppError('internal.bad_output'));
      }
      return { ok: true, value: parsedOutput.data };
    } catch (error) {
      if (error instanceof AppError) return fail(error);
      log.error('api.handler_failed', { method, kind: errorKind(error) });
      return fail(new AppError('internal.unexpected'));
    }
  };
}

function fail(error: AppError): ApiResult<never> {
  return { ok: false, error: error.toApiError() };
}
