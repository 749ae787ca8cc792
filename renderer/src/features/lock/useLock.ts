import { useEffect } from 'react'
import type { LockStatus } from '../../../../shared/api/settings'
import { useApiMutation, useApiQuery } from '../../hooks/api'

/** Typing and pointer use are reported at most this often: enough for minutes-long auto-lock. */
const ACTIVITY_EVERY_MS = 15_000

/**
 * Follows the app lock: the lock status is a query that ApiProvider sets and refetches when the
 * main process pushes `lock.changed` (on request, from the menu, or when idle) and when a call is
 * refused because the app is locked.
 */
export function useLock(): { status: LockStatus | null } {
  const status = useApiQuery('settings.lockStatus', {}).data ?? null
  useActivity(status?.passcodeSet === true && !status.locked)
  return { status }
}

/** Keystrokes, clicks, scrolling and pointer moves keep the app open while a counselor works. */
function useActivity(enabled: boolean): void {
  const { mutate } = useApiMutation('settings.activity')
  useEffect(() => {
    if (!enabled) return
    let last = 0
    const seen = () => {
      const now = Date.now()
      if (now - last < ACTIVITY_EVERY_MS) return
      last = now
      // A missed heartbeat only shortens the wait before auto-lock: nothing to show.
      mutate({})
    }
    const kinds = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'input'] as const
    for (const k of kinds) window.addEventListener(k, seen, { capture: true, passive: true })
    return () => {
      for (const k of kinds) window.removeEventListener(k, seen, { capture: true })
    }
  }, [enabled, mutate])
}
