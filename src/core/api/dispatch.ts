import { IN_PROCESS_METHODS, isMethod, inputSchemas, type ApiHandlers, type Input, type Method, type Output, type Result } from '../../shared/contract.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';

/** The handlers a core was opened with: the desktop-only ones exist only in the desktop app. */
export type OpenHandlers = Partial<ApiHandlers>;

/** A handler as the dispatcher sees it: its input checked already against the method's schema. */
export type AnyHandler = (input: unknown) => unknown;

/** Finds a method's handler, loading the module that holds it if need be (openRevue's on-demand part). */
export type HandlerLookup = (method: Method) => AnyHandler | undefined | Promise<AnyHandler | undefined>;

// The schema map and the handler map share their keys; TypeScript cannot correlate them here.
const lookupIn = (handlers: OpenHandlers | HandlerLookup): HandlerLookup =>
  typeof handlers === 'function' ? handlers : (method) => handlers[method] as AnyHandler | undefined;

/** The core's one entry for in-process shells (CLI, Electron main, server, benchmarks): typed, validated, throws RevueError. */
export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

/** The transports' entry (IPC, HTTP): any method name and input from outside; never throws. */
export type Dispatch = (method: unknown, rawInput: unknown) => Promise<Result<unknown>>;

/** Who is calling: a shell in this process may use the methods that name local files; a transport may not. */
type Caller = 'process' | 'transport';

function unknownMethod(method: unknown): RevueError {
  // Not String(method): an object without a prototype cannot become a string, and would throw here.
  const name = typeof method === 'string' ? method.slice(0, 100) : `(${typeof method})`;
  return new RevueError('INVALID_INPUT', { detail: `unknown method ${name}` });
}

/** Validates a call and runs it: never throws, always answers with a serialisable Result. */
async function run(lookup: HandlerLookup, method: unknown, rawInput: unknown, caller: Caller): Promise<Result<unknown>> {
  try {
    if (!isMethod(method) || (caller === 'transport' && IN_PROCESS_METHODS.has(method))) throw unknownMethod(method);
    const handler = await lookup(method);
    if (!handler) throw unknownMethod(method);
    const parsed = inputSchemas[method].safeParse(rawInput ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || method}: ${issue.message}`).join('; ');
      throw new RevueError('INVALID_INPUT', { detail });
    }
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toSerializedError(error) };
  }
}

/** The entry for a transport (IPC, HTTP): the methods naming local files are refused as unknown. */
export function createDispatch(handlers: OpenHandlers | HandlerLookup): Dispatch {
  const lookup = lookupIn(handlers);
  return (method, rawInput) => run(lookup, method, rawInput, 'transport');
}

/** Validates and runs a call in-process: the result has the method's output type; failures throw RevueError. */
export function createCall(handlers: OpenHandlers | HandlerLookup): Call {
  const lookup = lookupIn(handlers);
  return async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await run(lookup, method, input, 'process');
    if (result.ok) return result.value as Output<M>;
    throw new RevueError(result.error.code, result.error.params);
  };
}
