import type { z } from 'zod'
import { api, type Handlers, isMethodName } from '../../shared/api'
import { type ApiError, type Result, toApiError, UserError } from '../../shared/errors'

/**
 * The single entry every binding uses (IPC, HTTP harness, tests): look the method up, validate
 * the input, run it, and turn any failure into an ApiError. Invalid input never reaches a service.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, code: 'UNKNOWN_METHOD', message: `Career Atlas has no action called "${method}".` }
  }
  const parsed = api[method].input.safeParse(rawInput)
  if (!parsed.success) return validationError(parsed.error)
  try {
    const fn = handlers[method] as (input: unknown) => unknown
    const value = await fn(parsed.data)
    return { ok: true, value }
  } catch (e) {
    if (e instanceof UserError) return toApiError(e)
    console.error(`[${method}]`, e)
    return {
      ok: false,
      code: 'INTERNAL',
      // Not "nothing was changed": a report or record export logs its disclosure when asked for,
      // before a failure can happen, and the record activity says when nothing was handed over.
      message: 'Something went wrong inside Career Atlas, and it did not finish what was asked.',
      fix: 'Try again. If it keeps happening, restart the app.',
    }
  }
}

export function validationError(error: z.ZodError): ApiError {
  const details = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  const first = details[0]
  return {
    ok: false,
    code: 'VALIDATION',
    message: first
      ? first.path
        ? `${labelFor(first.path)}: ${first.message}`
        : first.message
      : 'Invalid input.',
    fix: 'Correct the highlighted field and try again.',
    details,
  }
}

function labelFor(path: string): string {
  const last = path.split('.').pop() ?? path
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
}
