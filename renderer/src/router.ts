import { useEffect, useState } from 'react'

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
  const [path = '', qs = ''] = hash.replace(/^#\/?/, '').split('?')
  const query = new URLSearchParams(qs)
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
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

export function navigate(path: string): void {
  window.location.hash = path.startsWith('#') ? path : `#${path}`
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
