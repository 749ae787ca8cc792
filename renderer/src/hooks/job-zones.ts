import { useSyncExternalStore } from 'react'
import { jobZoneLabel } from '../../../shared/jobzone'
import { call } from '../api'

/*
 * Job zone names as the installed pack defines them ("Job Zone 1–2" where it merges zones), read
 * once from the Browse facets so a search result, a browse row and an interest match name a zone
 * as the profile does. Until they arrive, the plain number's name is shown.
 */
let labels: ReadonlyMap<number, string> = new Map()
let asked = false
const listeners = new Set<() => void>()

function ask(): void {
  if (asked) return
  asked = true
  call('catalog.facets', { filters: {} }).then(
    (f) => {
      labels = new Map(f.jobZone.map((z) => [Number(z.value), z.label]))
      for (const l of listeners) l()
    },
    () => {
      asked = false
    },
  )
}

export function useJobZoneLabel(): (zone: number) => string {
  const map = useSyncExternalStore(
    (l) => {
      listeners.add(l)
      ask()
      return () => listeners.delete(l)
    },
    () => labels,
  )
  return (zone) => map.get(zone) ?? jobZoneLabel(zone)
}
