import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { createQueryClient } from './api'
import { sliceOf } from './query-keys'

/**
 * The app's one query cache, kept in step with what the services push: a new pack refreshes
 * everything; locking drops every cached answer, so no student record stays in memory behind the
 * lock screen; unlocking refetches what is shown.
 */
export function ApiProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient)
  useEffect(
    () =>
      window.api.onEvent((e) => {
        if (e.type === 'catalog.changed') void client.invalidateQueries()
        else if (e.type === 'pack.done')
          void client.invalidateQueries({ predicate: (q) => sliceOf(String(q.queryKey[0])) === 'packs' })
        else if (e.type === 'lock.changed') {
          if (e.locked) client.clear()
          else void client.invalidateQueries()
        }
      }),
    [client],
  )
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
