import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import type { LockStatus } from '../../../shared/api/settings'
import { LOCKED_EVENT } from '../api'
import { createQueryClient, refreshAfter } from './api'
import { apiKey, sliceOf } from './query-keys'

const LOCK_STATUS = apiKey('settings.lockStatus', {})

/**
 * The app's one query cache, kept in step with what the services push: a new pack refreshes
 * everything; locking drops every cached answer, so no student record stays in memory behind the
 * lock screen; unlocking refetches what is shown.
 */
export function ApiProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient)
  useEffect(() => {
    const off = window.api.onEvent((e) => {
      if (e.type === 'catalog.changed') void refreshAfter(client)
      else if (e.type === 'pack.done')
        void client.invalidateQueries({ predicate: (q) => sliceOf(String(q.queryKey[0])) === 'packs' })
      else if (e.type === 'lock.changed') {
        if (e.locked) dropAllButLock(client)
        else void client.invalidateQueries()
      }
    })
    // A call refused as locked means the same, should the window have missed the event.
    const refused = () => dropAllButLock(client)
    window.addEventListener(LOCKED_EVENT, refused)
    return () => {
      off()
      window.removeEventListener(LOCKED_EVENT, refused)
    }
  }, [client])
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

/*
 * Forgets every answer and mutation result (fetches in flight are cancelled, so none lands after
 * this), except the lock status, which is kept and marked locked: the lock screen is drawn from
 * it, and clearing it too would leave the page as it was, half-typed forms included, until a
 * refetch of the status came back from services that may be busy.
 */
function dropAllButLock(client: ReturnType<typeof createQueryClient>): void {
  const status = client.getQueryData<LockStatus>(LOCK_STATUS)
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== LOCK_STATUS[0] })
  client.getMutationCache().clear()
  if (status) client.setQueryData<LockStatus>(LOCK_STATUS, { ...status, locked: true })
}
