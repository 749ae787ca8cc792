import { lazy, Suspense, useEffect, useRef } from 'react'
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary'
import { ExploreScreen } from './features/explore/ExploreScreen'
import { LockScreen } from './features/lock/LockScreen'
import { useLock } from './features/lock/useLock'
import { useApiMutation } from './hooks/api'
import { useMenuActions } from './menu-actions'
import { followHashLinks, type Route, useAddress, useRoute } from './router'

// Only the first screen (search) loads with the app; the others, and the chart library they
// draw with, load when first opened, so the search box is usable sooner.
const BrowseScreen = lazy(() =>
  import('./features/browse/BrowseScreen').then((m) => ({ default: m.BrowseScreen })),
)
const CaseloadScreen = lazy(() =>
  import('./features/caseload/CaseloadScreen').then((m) => ({ default: m.CaseloadScreen })),
)
const CompareScreen = lazy(() =>
  import('./features/compare/CompareScreen').then((m) => ({ default: m.CompareScreen })),
)
const DataScreen = lazy(() => import('./features/data/DataScreen').then((m) => ({ default: m.DataScreen })))
const ProfileScreen = lazy(() =>
  import('./features/profile/ProfileScreen').then((m) => ({ default: m.ProfileScreen })),
)
const SettingsScreen = lazy(() =>
  import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
)
const StudentScreen = lazy(() =>
  import('./features/students/StudentScreen').then((m) => ({ default: m.StudentScreen })),
)
const StudentsScreen = lazy(() =>
  import('./features/students/StudentsScreen').then((m) => ({ default: m.StudentsScreen })),
)

const NAV: { href: string; label: string; active: (r: Route) => boolean }[] = [
  { href: '#/', label: 'Search', active: (r) => r.name === 'explore' || r.name === 'occupation' },
  { href: '#/browse', label: 'Browse', active: (r) => r.name === 'browse' },
  { href: '#/compare', label: 'Compare', active: (r) => r.name === 'compare' },
  { href: '#/students', label: 'Students', active: (r) => r.name === 'students' || r.name === 'student' },
  { href: '#/caseload', label: 'Caseload', active: (r) => r.name === 'caseload' },
  { href: '#/data', label: 'Data & About', active: (r) => r.name === 'data' },
  { href: '#/settings', label: 'Settings', active: (r) => r.name === 'settings' },
]

export function App() {
  const route = useRoute()
  const address = useAddress()
  // A profile belongs to the section it was opened from (Compare, Browse, a student…): the nav
  // keeps that section highlighted rather than jumping to Search.
  const section = useRef<Route>({ name: 'explore', q: '' })
  if (route.name !== 'occupation') section.current = route
  const navRoute = route.name === 'occupation' ? section.current : route
  const lock = useLock()
  useMenuActions()
  useEffect(() => followHashLinks(), [])
  // While locked nothing else is rendered, so no record stays in the page behind the lock screen.
  if (lock.status?.locked) return <LockScreen />
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            CA
          </span>
          <span>Career Atlas</span>
        </div>
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={item.active(navRoute) ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        {lock.status?.passcodeSet ? <LockButton /> : null}
      </nav>
      <main className="content" id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <ScreenErrorBoundary resetKey={address}>
            <Screen route={route} />
          </ScreenErrorBoundary>
        </Suspense>
      </main>
    </div>
  )
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'explore':
      return <ExploreScreen initialQuery={route.q} />
    case 'occupation':
      return <ProfileScreen code={route.code} />
    case 'browse':
      return <BrowseScreen />
    case 'compare':
      return <CompareScreen />
    case 'students':
      return <StudentsScreen />
    case 'student':
      return <StudentScreen id={route.id} tab={route.tab} />
    case 'caseload':
      return <CaseloadScreen />
    case 'data':
      return <DataScreen />
    case 'settings':
      return <SettingsScreen />
  }
}

/** Locks at once; the lock screen appears when the services push `lock.changed` (see useLock). */
function LockButton() {
  const lock = useApiMutation('settings.lock')
  return (
    <button
      type="button"
      className="secondary sidebar-lock"
      disabled={lock.isPending}
      onClick={() => lock.mutate({})}
    >
      Lock screen
    </button>
  )
}
