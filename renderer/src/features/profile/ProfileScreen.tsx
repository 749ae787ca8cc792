import type { OccupationProfile } from '../../../../shared/domain/catalog'
import { AddToCompareButton } from '../../components/AddToCompareButton'
import { ProfileReportActions } from '../../components/reports/ReportActions'
import { SaveToStudentButton } from '../../components/SaveToStudentButton'
import { Alert, toFormError } from '../../components/ui'
import { useApiQuery } from '../../hooks/api'
import { profileOutline } from './outline'
import { ProfileBody } from './ProfileBody'
import './profile.css'

/** The occupation profile: every section the installed pack supports, in reading order. */
export function ProfileScreen({ code }: { code: string }) {
  const state = useApiQuery('catalog.profile', { code })
  if (state.error) {
    return (
      <section className="screen">
        <h1>Occupation {code}</h1>
        <Alert error={toFormError(state.error)} />
        <a href="#/">Back to search</a>
      </section>
    )
  }
  // A related career's link keeps the previous profile as placeholder: never show it under the new code.
  const p = state.data
  if (!p || p.code !== code)
    return (
      <section className="screen" aria-busy="true">
        <p className="muted">Loading the profile…</p>
      </section>
    )
  return <Profile p={p} />
}

function Profile({ p }: { p: OccupationProfile }) {
  const outline = profileOutline(p)
  return (
    <article className="screen pf-root" aria-labelledby="profile-title">
      <header className="pf-head">
        <div>
          <p className="pf-kicker">
            <span title="O*NET-SOC code">{p.code}</span> · {p.majorGroup.title}
            {p.outlook.brightOutlook ? (
              <span className="pf-badge pf-bright" title={p.outlook.brightRule}>
                ☀ Bright Outlook
              </span>
            ) : null}
          </p>
          <h1 id="profile-title">{p.title}</h1>
        </div>
        <div className="pf-actions">
          <AddToCompareButton code={p.code} title={p.title} />
          <SaveToStudentButton careers={[{ code: p.code, title: p.title }]} />
          <ProfileReportActions code={p.code} />
        </div>
      </header>
      <div className="pf-layout">
        <nav className="pf-toc" aria-label="Profile sections">
          <ol>
            {outline.map((s) => (
              <li key={s.id}>
                <a
                  href={`#/occupation/${p.code}`}
                  onClick={(e) => {
                    e.preventDefault()
                    const el = document.getElementById(s.id)
                    el?.scrollIntoView({ behavior: 'smooth', block: 'start' })
                    el?.focus({ preventScroll: true })
                  }}
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <ProfileBody p={p} />
      </div>
    </article>
  )
}
