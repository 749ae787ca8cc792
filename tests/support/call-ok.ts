import type { InputOf, MethodName, OutputOf } from '../../shared/api'
import type { Result } from '../../shared/errors'

/** Anything that calls the services by method name: the services themselves, the harness client. */
export interface Caller {
  call: (method: string, input: unknown) => Promise<Result<unknown>>
}

/** The input, optional for methods that take none ('packs.current'). */
type InputArg<M extends MethodName> =
  undefined extends InputOf<M> ? [input?: InputOf<M>] : [input: InputOf<M>]

/**
 * Calls a method the test expects to succeed and returns its typed value. A refusal fails the
 * test with the error's code and message (and fix), so the failure says what the service said.
 */
export async function callOk<M extends MethodName>(
  services: Caller,
  method: M,
  ...[input]: InputArg<M>
): Promise<OutputOf<M>> {
  // Methods that take nothing are called with {} (what the renderer sends), so none is left out.
  const r = await services.call(method, input ?? {})
  // A plain Error (not vitest's expect) so seeds also run from scripts that take screenshots.
  if (!r.ok) throw new Error(`${method} failed: ${r.code} ${r.message}${r.fix ? ` (${r.fix})` : ''}`)
  return r.value as OutputOf<M>
}

/**
 * callOk bound to services a test opens later (in beforeAll): `const ok = okCaller(() => s)`, then
 * `await ok('students.create', { name: 'Ana' })`.
 */
export function okCaller(services: Caller | (() => Caller)) {
  const get = typeof services === 'function' ? services : () => services
  return <M extends MethodName>(method: M, ...input: InputArg<M>): Promise<OutputOf<M>> =>
    callOk(get(), method, ...input)
}
