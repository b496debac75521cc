import { isMethod, inputSchemas, type ApiHandlers, type Result } from '../../shared/contract.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';

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
