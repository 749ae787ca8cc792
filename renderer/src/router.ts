import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'

/** Routes live in the hash so a reload (or the harness) lands on the same screen. */
export type Route =
  | { name: 'explore'; q: string }
  | { name: 'occupation'; code: string }
  | { name: 'browse'; query: URLSearchParams }
  | { name: 'compare' }
  | { name: 'students' }
  | { name: 'student'; id: number; tab: string }
  | { name: 'caseload' }
  | { name: 'data' }
  | { name: 'settings' }

export function parseRoute(hash: string): Route {
  const { path, query } = splitHash(hash)
  const decoded = path.split('/').filter(Boolean).map(safeDecode)
  if (decoded.some((p) => p === null)) return { name: 'explore', q: '' }
  const parts = decoded as string[]
  switch (parts[0]) {
    case 'occupation':
      if (parts[1]) return { name: 'occupation', code: parts[1] }
      break
    case 'browse':
      return { name: 'browse', query }
    case 'compare':
      return { name: 'compare' }
    case 'students':
      if (parts[1] && /^\d+$/.test(parts[1]))
        return { name: 'student', id: Number(parts[1]), tab: parts[2] ?? 'overview' }
      return { name: 'students' }
    case 'caseload':
      return { name: 'caseload' }
    case 'data':
      return { name: 'data' }
    case 'settings':
      return { name: 'settings' }
  }
  return { name: 'explore', q: query.get('q') ?? '' }
}

/** `#/browse?jz=2` → path `/browse`, query `jz=2` (split at the first `?` only). */
export function splitHash(hash: string): { path: string; query: URLSearchParams } {
  const raw = hash.replace(/^#/, '')
  const at = raw.indexOf('?')
  const path = at < 0 ? raw : raw.slice(0, at)
  const qs = at < 0 ? '' : raw.slice(at + 1)
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(qs) }
}

// A hand-typed or pasted address can hold a broken escape (`%E0%A4%A`): that is "no such page",
// never an exception while rendering.
function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

// The address is a store React reads synchronously. Writing it through `navigate` notifies every
// reader in the same event, so a control bound to the address (a facet checkbox, a tab) shows its
// new state in the click that changed it; waiting for `hashchange` would first let React put the
// old state back and then re-apply the new one a moment later (a visible flicker).
const listeners = new Set<() => void>()
const notify = () => {
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Back/forward, a typed address and plain `<a href="#…">` links still arrive as events.
  window.addEventListener('hashchange', listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('hashchange', listener)
    window.removeEventListener('popstate', listener)
  }
}

const readHash = () => window.location.hash

/** Goes to `path` (`/students/3/notes` or `#/…`); `replace` keeps the history entry (for typing). */
export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  const hash = path.startsWith('#') ? path : `#${path}`
  if (hash === window.location.hash) return
  if (opts.replace) window.history.replaceState(null, '', hash)
  else window.history.pushState(null, '', hash)
  notify()
}

export function useAddress(): string {
  return useSyncExternalStore(subscribe, readHash)
}

export function useRoute(): Route {
  const hash = useAddress()
  return useMemo(() => parseRoute(hash), [hash])
}

/**
 * State kept in the current screen's address query (`#/caseload?school=…`), so a reload or a link
 * lands on the same view. `read` turns the query into state (cleaning whatever a hand-edited
 * address holds), `write` the state into a query; the setter updates the address and every reader
 * at once. Pass module-level functions: the state and the setter keep their identity until the
 * address changes.
 */
export function useAddressState<T>(
  read: (q: URLSearchParams) => T,
  write: (state: T) => URLSearchParams,
): [T, (next: T, opts?: { replace?: boolean }) => void] {
  const hash = useAddress()
  const { path, query } = useMemo(() => splitHash(hash), [hash])
  const qs = query.toString()
  const io = useRef({ read, write })
  io.current = { read, write }
  const state = useMemo(() => io.current.read(new URLSearchParams(qs)), [qs])
  const set = useMemo(
    () => (next: T, opts?: { replace?: boolean }) => {
      const nextQs = io.current.write(next).toString()
      navigate(`#${path}${nextQs ? `?${nextQs}` : ''}`, opts)
    },
    [path],
  )
  return [state, set]
}

/**
 * In-app links (`<a href="#/…">`) go through `navigate`, so the screen they lead to (and the
 * highlighted tab or nav item) is drawn in the click itself, like every other address change.
 * Modified clicks keep the browser's own behaviour.
 */
export function followHashLinks(root: Document = document): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    const a = (e.target as Element | null)?.closest?.('a[href^="#"]')
    if (!a || a.getAttribute('target')) return
    e.preventDefault()
    const href = a.getAttribute('href') ?? '#/'
    // "#main" (the skip link) names a place on this page, not a route: the address keeps the
    // route and focus moves there, so the next Tab continues from it.
    if (!href.startsWith('#/')) return focusTarget(root, href.slice(1))
    navigate(href)
  }
  root.addEventListener('click', onClick)
  return () => root.removeEventListener('click', onClick)
}

function focusTarget(root: Document, id: string): void {
  const el = root.getElementById(decodeURIComponent(id))
  if (!el) return
  if (!el.hasAttribute('tabindex') && !el.matches('a[href], button, input, select, textarea'))
    el.setAttribute('tabindex', '-1')
  el.scrollIntoView({ block: 'start' })
  el.focus()
}

/**
 * A one-shot request carried in the address (`#/students?new=1` from File › New Student): `act`
 * runs when the flag appears and the flag is then dropped from the address (same history entry),
 * so asking again changes the address again and is seen again, on this screen or from another.
 * Read through the address store: `navigate` fires no `hashchange`.
 */
export function useAddressFlag(name: string, act: () => void): void {
  const hash = useAddress()
  const actRef = useRef(act)
  actRef.current = act
  useEffect(() => {
    const { path, query } = splitHash(hash)
    if (query.get(name) !== '1') return
    query.delete(name)
    const qs = query.toString()
    navigate(`#${path}${qs ? `?${qs}` : ''}`, { replace: true })
    actRef.current()
  }, [hash, name])
}
