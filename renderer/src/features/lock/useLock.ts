import { useCallback, useEffect, useState } from 'react'
import type { LockStatus } from '../../../../shared/api/settings'
import { call, LOCKED_EVENT } from '../../api'

/** Typing and pointer use are reported at most this often: enough for minutes-long auto-lock. */
const ACTIVITY_EVERY_MS = 15_000

/**
 * Follows the app lock: the main process pushes `lock.changed` the moment it locks (on request,
 * from the menu, or when idle), and a refused call also shows the lock screen.
 */
export function useLock(): { status: LockStatus | null; refresh: () => void } {
  const [status, setStatus] = useState<LockStatus | null>(null)
  const refresh = useCallback(() => {
    call('settings.lockStatus', {}).then(setStatus, () => undefined)
  }, [])
  useEffect(() => {
    refresh()
    const off = window.api.onEvent((e) => {
      if (e.type === 'lock.changed') refresh()
    })
    window.addEventListener(LOCKED_EVENT, refresh)
    return () => {
      off()
      window.removeEventListener(LOCKED_EVENT, refresh)
    }
  }, [refresh])
  useActivity(status?.passcodeSet === true && !status.locked)
  return { status, refresh }
}

/** Keystrokes, clicks, scrolling and pointer moves keep the app open while a counselor works. */
function useActivity(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    let last = 0
    const seen = () => {
      const now = Date.now()
      if (now - last < ACTIVITY_EVERY_MS) return
      last = now
      call('settings.activity', {}).catch(() => undefined)
    }
    const kinds = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'input'] as const
    for (const k of kinds) window.addEventListener(k, seen, { capture: true, passive: true })
    return () => {
      for (const k of kinds) window.removeEventListener(k, seen, { capture: true })
    }
  }, [enabled])
}
