import { BrowseScreen } from './features/browse/BrowseScreen'
import { CaseloadScreen } from './features/caseload/CaseloadScreen'
import { CompareScreen } from './features/compare/CompareScreen'
import { DataScreen } from './features/data/DataScreen'
import { ExploreScreen } from './features/explore/ExploreScreen'
import { LockScreen } from './features/lock/LockScreen'
import { useLock } from './features/lock/useLock'
import { ProfileScreen } from './features/profile/ProfileScreen'
import { SettingsScreen } from './features/settings/SettingsScreen'
import { StudentScreen } from './features/students/StudentScreen'
import { StudentsScreen } from './features/students/StudentsScreen'
import { useMenuActions } from './menu-actions'
import { type Route, useRoute } from './router'

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
  const lock = useLock()
  useMenuActions()
  // While locked nothing else is rendered, so no record stays in the page behind the lock screen.
  if (lock.status?.locked) return <LockScreen onUnlocked={lock.refresh} />
  return (
    <div className="shell">
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
              <a href={item.href} aria-current={item.active(route) ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main">
        <Screen route={route} />
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
      return <BrowseScreen query={route.query} />
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
