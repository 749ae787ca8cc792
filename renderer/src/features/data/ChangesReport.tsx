import {
  CHANGE_KIND_LABEL,
  type PackChangeReport,
  type SavedCareerChange,
} from '../../../../shared/domain/packs'
import { formatWhen } from './labels'

const KIND_LABEL = CHANGE_KIND_LABEL

/** For every student, the saved careers the last install or rollback changed. */
export function ChangesReport({ report }: { report: PackChangeReport | null }) {
  if (!report) {
    return (
      <section className="panel" aria-labelledby="dt-changes-title">
        <h2 id="dt-changes-title">What changed</h2>
        <p className="muted">
          After a new pack is installed, this lists the saved careers it changed for each student.
        </p>
      </section>
    )
  }
  const byStudent = new Map<number, SavedCareerChange[]>()
  for (const i of report.items) byStudent.set(i.studentId, [...(byStudent.get(i.studentId) ?? []), i])
  const n = report.items.length
  return (
    <section className="panel dt-changes" aria-labelledby="dt-changes-title">
      <h2 id="dt-changes-title">What changed</h2>
      <p>
        {report.action === 'rollback' ? 'Rolled back' : 'Installed'} <strong>{report.toPack.name}</strong>
        {report.fromPack ? (
          <>
            {' '}
            in place of <strong>{report.fromPack.name}</strong>
          </>
        ) : null}{' '}
        on {formatWhen(report.createdAt)}.{' '}
        {n === 0
          ? `None of the ${report.savedCareersChecked} saved careers changed.`
          : `${n} of ${report.savedCareersChecked} saved careers changed, for ${report.studentsAffected} student${report.studentsAffected === 1 ? '' : 's'}.`}
      </p>
      {[...byStudent.entries()].map(([id, items]) => (
        <div key={id} className="dt-student">
          <h3>
            <a href={`#/students/${id}/saved`}>{items[0]?.studentName}</a>
          </h3>
          <ul>
            {items.map((i) => (
              <li key={i.code}>
                <Change item={i} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

function Change({ item }: { item: SavedCareerChange }) {
  return (
    <>
      <span className={`dt-kind dt-kind-${item.kind}`}>{KIND_LABEL[item.kind]}</span>{' '}
      <strong>{item.savedTitle}</strong> <span className="muted">({item.code})</span>
      {item.kind === 'removed' ? (
        <div className="dt-detail">
          The new pack has no occupation with this code and no link to a new one. It stays on the student's
          list as saved; check it with the student.
        </div>
      ) : null}
      {item.kind === 'replaced' ? (
        <div className="dt-detail">
          O*NET now lists it as{' '}
          {item.replacements.map((r, k) => (
            <span key={r.code}>
              {k > 0 ? ', ' : ''}
              <a href={`#/occupation/${encodeURIComponent(r.code)}`}>{r.title}</a> ({r.code})
            </span>
          ))}
          . The student's list keeps the saved code and title until you change it.
        </div>
      ) : null}
      {item.changes.length ? (
        <ul className="dt-fields">
          {item.changes.map((c) => (
            <li key={c.field}>
              {c.label}: {c.before} → <strong>{c.after}</strong>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
