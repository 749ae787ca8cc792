import { notifyManager, type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import type { LockStatus } from '../../../shared/api/settings'
import { LOCKED_EVENT } from '../api'
import { apiKey, createQueryClient, refreshAfter } from './api'
import { sliceOf } from './query-keys'

// Answers reach React in a microtask rather than TanStack's default zero-delay timer: the lock
// screen and fresh data must not wait on page timers, which a busy or throttled page runs late.
notifyManager.setScheduler(queueMicrotask)

const LOCK_STATUS = apiKey('settings.lockStatus', {})

/*
 * Locked: every answer and mutation result is forgotten (fetches in flight are cancelled, so none
 * lands after this) except the lock status, which is kept and set to locked: the lock screen is
 * drawn from it, and dropping it too would leave the page, half-typed forms included, on screen
 * until a refetch came back from services that may be busy.
 */
function dropEverythingButTheLock(client: QueryClient, locked: boolean): void {
  const isLock = (key: readonly unknown[]) => key[0] === LOCK_STATUS[0]
  if (locked) {
    void client.cancelQueries({ predicate: (q) => !isLock(q.queryKey) })
    client.removeQueries({ predicate: (q) => !isLock(q.queryKey) })
    client.getMutationCache().clear()
  }
  client.setQueryData<LockStatus>(LOCK_STATUS, (old) => (old ? { ...old, locked } : old))
  void client.invalidateQueries({ queryKey: LOCK_STATUS })
}

/**
 * The app's one query cache, kept in step with what the services push: a new pack refreshes
 * everything; locking (pushed by the services, or learnt from a call refused as locked) drops
 * every cached answer; unlocking refetches what is shown.
 */
export function ApiProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient)
  useEffect(() => {
    const off = window.api.onEvent((e) => {
      if (e.type === 'catalog.changed') void refreshAfter(client)
      else if (e.type === 'pack.done')
        void client.invalidateQueries({ predicate: (q) => sliceOf(String(q.queryKey[0])) === 'packs' })
      else if (e.type === 'lock.changed') {
        dropEverythingButTheLock(client, e.locked)
        if (!e.locked) void client.invalidateQueries()
      }
    })
    const refused = () => dropEverythingButTheLock(client, true)
    window.addEventListener(LOCKED_EVENT, refused)
    return () => {
      off()
      window.removeEventListener(LOCKED_EVENT, refused)
    }
  }, [client])
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
