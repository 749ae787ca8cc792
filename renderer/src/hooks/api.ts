import {
  keepPreviousData,
  QueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import type { InputOf, MethodName, OutputOf } from '../../../shared/api'
import { type ApiFailure, call } from '../api'
import { forgetStudentDrafts } from './drafts'
import { type ApiKey, affectedBy, apiKey, changesEvenWhenFailing } from './query-keys'

export { apiKey } from './query-keys'

/*
 * The services are on this machine: a failed call is an answer (locked, not found, invalid), not
 * a network blip, so nothing retries. Data is refreshed when a mutation or a services event says
 * it changed (see query-keys.ts) and when a screen opens again, never on window focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0, gcTime: 5 * 60_000 },
      mutations: { retry: false },
    },
  })
}

type QueryOptions<M extends MethodName, T> = Omit<
  UseQueryOptions<OutputOf<M>, ApiFailure | Error, T, ApiKey<M>>,
  'queryKey' | 'queryFn'
> & {
  /**
   * Keep the previous answer on screen while a new input loads (`isPlaceholderData`): for
   * filters, sorting and typing, where the new answer is a refinement of the old. Off by
   * default, so one student's (or career's) data never stands under another's name.
   */
  keepPrevious?: boolean
}

/** Reads one method's answer. `input === null` waits (nothing to ask yet). */
export function useApiQuery<M extends MethodName, T = OutputOf<M>>(
  method: M,
  input: InputOf<M> | null,
  { keepPrevious = false, ...options }: QueryOptions<M, T> = {},
) {
  return useQuery({
    queryKey: apiKey(method, (input ?? {}) as InputOf<M>),
    queryFn: () => call(method, input as InputOf<M>),
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    ...options,
    enabled: input !== null && (options.enabled ?? true),
  })
}

type MutationOptions<M extends MethodName> = Omit<
  UseMutationOptions<OutputOf<M>, ApiFailure | Error, InputOf<M>>,
  'mutationFn'
>

/**
 * Changes something through one method; on success every query the change can affect is
 * refetched (query-keys.ts says which) before the caller's own onSuccess runs, so a form that
 * closes on success closes onto fresh data.
 */
export function useApiMutation<M extends MethodName>(method: M, options: MutationOptions<M> = {}) {
  const client = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (input: InputOf<M>) => call(method, input),
    onSuccess: async (...args) => {
      if (method === 'students.delete') forgetStudentDrafts((args[1] as { id: number }).id)
      else if (method === 'backups.restore' || method === 'retention.apply') forgetStudentDrafts()
      await refreshAfter(client, affectedBy(method))
      await options.onSuccess?.(...args)
    },
    onError: async (...args) => {
      // The disclosure log and record activity on screen show what the failed call did write.
      const locked = (args[0] as Partial<ApiFailure>).error?.code === 'LOCKED'
      if (!locked && changesEvenWhenFailing(method)) await refreshAfter(client, affectedBy(method))
      await options.onError?.(...args)
    },
  })
}

/**
 * What a change made wrong: answers on screen are refetched (and stay shown until the new one
 * comes); answers of screens not open are dropped, so a screen opened later waits for the new
 * answer instead of showing, say, a student's name as it was before a restore.
 */
export async function refreshAfter(
  client: QueryClient,
  affected: (key: readonly unknown[]) => boolean = () => true,
): Promise<void> {
  client.removeQueries({ type: 'inactive', predicate: (q) => affected(q.queryKey) })
  await client.invalidateQueries({ predicate: (q) => affected(q.queryKey) })
}
