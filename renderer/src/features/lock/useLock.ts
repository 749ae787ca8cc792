import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { LockStatus } from '../../../../shared/api/settings'
import { LOCKED_EVENT } from '../../api'
import { apiKey, useApiMutation, useApiQuery } from '../../hooks/api'

/** Typing and pointer use are reported at most this often: enough for minutes-long auto-lock. */
const ACTIVITY_EVERY_MS = 15_000

const STATUS_KEY = apiKey('settings.lockStatus', {})

/**
 * Follows the app lock: the lock status is a query, refetched when the main process pushes
 * `lock.changed` (on request, from the menu, or when idle) and when a call is refused because the
 * app is locked.
 *
 * The pushed answer also counts on its own until the refetch lands: the lock screen must cover
 * the page the moment the event arrives, and a query's answer reaches React through a timer
 * (TanStack's notify scheduler), which can lag behind a busy or frozen page. The event carries
 * the one field that matters, so it is shown at once and the query catches up.
 */
export function useLock(): { status: LockStatus | null } {
  const client = useQueryClient()
  const query = useApiQuery('settings.lockStatus', {})
  const data = query.data
  // What was pushed, and which answer of the query it overrides (a newer answer wins).
  const [pushed, setPushed] = useState<{ locked: boolean; over: LockStatus | undefined } | null>(null)
  const latest = useRef(data)
  latest.current = data
  useEffect(() => {
    const heard = (locked: boolean) => {
      setPushed({ locked, over: latest.current })
      void client.invalidateQueries({ queryKey: STATUS_KEY })
    }
    const off = window.api.onEvent((e) => {
      if (e.type === 'lock.changed') heard(e.locked)
    })
    const refused = () => heard(true)
    window.addEventListener(LOCKED_EVENT, refused)
    return () => {
      off()
      window.removeEventListener(LOCKED_EVENT, refused)
    }
  }, [client])
  const status = data && pushed && pushed.over === data ? { ...data, locked: pushed.locked } : (data ?? null)
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
