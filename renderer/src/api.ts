import type { InputOf, MethodName, OutputOf } from '../../shared/api'
import type { ApiError } from '../../shared/errors'
import type { WindowApi } from '../../shared/window-api'

declare global {
  interface Window {
    api: WindowApi
  }
}

/** A failed call, carrying the message and fix a counselor should see. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
    this.name = 'ApiFailure'
  }
}

/** Fired on window when a call is refused because the app is locked; the lock screen listens. */
export const LOCKED_EVENT = 'career-atlas:locked'

/** Typed call into the main process (Electron) or the harness (browser). Throws ApiFailure on error. */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await window.api.call(method, input)
  if (!result.ok) {
    // LOCKED means only "the app is locked" (a wrong passcode is WRONG_PASSCODE).
    if (result.code === 'LOCKED') window.dispatchEvent(new CustomEvent(LOCKED_EVENT))
    throw new ApiFailure(result)
  }
  return result.value as OutputOf<M>
}

export const platform = () => window.api.platform
