import { useCallback, useEffect, useState } from 'react'
import type { LockStatus } from '../../../../shared/api/settings'
import { call, LOCKED_EVENT } from '../../api'

/** Follows the app lock: polls (auto-lock happens in the main process) and hears refused calls. */
export function useLock(): { status: LockStatus | null; refresh: () => void } {
  const [status, setStatus] = useState<LockStatus | null>(null)
  const refresh = useCallback(() => {
    call('settings.lockStatus', {}).then(setStatus, () => undefined)
  }, [])
  useEffect(() => {
    refresh()
    const timer = window.setInterval(refresh, 20_000)
    window.addEventListener(LOCKED_EVENT, refresh)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener(LOCKED_EVENT, refresh)
    }
  }, [refresh])
  return { status, refresh }
}
