import { isMethod, inputSchemas, type ApiHandlers, type Input, type Method, type Output, type Result } from '../../shared/contract.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';

/** The core's one entry for in-process shells (CLI, Electron main, server, benchmarks): typed, validated, throws RevueError. */
export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

/**
 * Validates a call coming from a transport (IPC, HTTP) and runs it: never throws, always
 * answers with a serialisable Result.
 */
export async function dispatch(handlers: ApiHandlers, method: unknown, rawInput: unknown): Promise<Result<unknown>> {
  try {
    if (!isMethod(method)) {
      // Not String(method): an object without a prototype cannot become a string, and would throw here.
      const name = typeof method === 'string' ? method.slice(0, 100) : `(${typeof method})`;
      throw new RevueError('INVALID_INPUT', { detail: `unknown method ${name}` });
    }
    const parsed = inputSchemas[method].safeParse(rawInput ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || method}: ${issue.message}`).join('; ');
      throw new RevueError('INVALID_INPUT', { detail });
    }
    // The schema map and the handler map share their keys; TypeScript cannot correlate them here.
    const handler = handlers[method] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toSerializedError(error) };
  }
}

/** Validates and runs a call in-process: the result has the method's output type; failures throw RevueError. */
export function createCall(handlers: ApiHandlers): Call {
  return async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = (await dispatch(handlers, method, input)) as Result<Output<M>>;
    if (result.ok) return result.value;
    throw new RevueError(result.error.code, result.error.params);
  };
}
