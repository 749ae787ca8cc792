import type { PackChangeReport, SavedCareerChange } from '../../../../shared/domain/packs'
import type { DB } from '../../db/open'
import type { SavedCareer } from './changes'

/** Every saved career of every student, with the code and title it was saved with. */
export function loadSavedCareers(clients: DB): SavedCareer[] {
  return clients
    .prepare(
      `SELECT sc.student_id AS studentId, s.name AS studentName, sc.code, sc.title
         FROM saved_careers sc JOIN students s ON s.id = sc.student_id
        ORDER BY s.name COLLATE NOCASE, sc.student_id, sc.rank, sc.code`,
    )
    .all() as SavedCareer[]
}

export function saveChangeReport(
  clients: DB,
  report: Omit<PackChangeReport, 'id' | 'studentsAffected'>,
): PackChangeReport {
  const studentsAffected = new Set(report.items.map((i) => i.studentId)).size
  const id = clients.transaction(() => {
    const { lastInsertRowid } = clients
      .prepare(
        `INSERT INTO pack_change_reports (created_at, action, from_name, from_checksum, to_name, to_checksum,
           saved_careers_checked, students_affected) VALUES (?,?,?,?,?,?,?,?)`,
      )
      .run(
        report.createdAt,
        report.action,
        report.fromPack?.name ?? null,
        report.fromPack?.contentChecksum ?? null,
        report.toPack.name,
        report.toPack.contentChecksum,
        report.savedCareersChecked,
        studentsAffected,
      )
    const item = clients.prepare(
      `INSERT INTO pack_change_items (report_id, student_id, code, saved_title, kind, replacements, changes)
       VALUES (?,?,?,?,?,?,?)`,
    )
    for (const i of report.items)
      item.run(
        lastInsertRowid,
        i.studentId,
        i.code,
        i.savedTitle,
        i.kind,
        JSON.stringify(i.replacements),
        JSON.stringify(i.changes),
      )
    return Number(lastInsertRowid)
  })()
  return { ...report, id, studentsAffected }
}

/** The newest report (students deleted since are left out; names are read fresh). */
export function latestChangeReport(clients: DB): PackChangeReport | null {
  const r = clients.prepare('SELECT * FROM pack_change_reports ORDER BY id DESC LIMIT 1').get() as
    | {
        id: number
        created_at: string
        action: 'install' | 'rollback'
        from_name: string | null
        from_checksum: string | null
        to_name: string
        to_checksum: string
        saved_careers_checked: number
      }
    | undefined
  if (!r) return null
  const rows = clients
    .prepare(
      `SELECT i.student_id, s.name, i.code, i.saved_title, i.kind, i.replacements, i.changes
         FROM pack_change_items i JOIN students s ON s.id = i.student_id
        WHERE i.report_id = ? ORDER BY s.name COLLATE NOCASE, i.student_id, i.id`,
    )
    .all(r.id) as {
    student_id: number
    name: string
    code: string
    saved_title: string
    kind: SavedCareerChange['kind']
    replacements: string
    changes: string
  }[]
  const items = rows.map<SavedCareerChange>((x) => ({
    studentId: x.student_id,
    studentName: x.name,
    code: x.code,
    savedTitle: x.saved_title,
    kind: x.kind,
    replacements: JSON.parse(x.replacements),
    changes: JSON.parse(x.changes),
  }))
  return {
    id: r.id,
    createdAt: r.created_at,
    action: r.action,
    fromPack: r.from_name && r.from_checksum ? { name: r.from_name, contentChecksum: r.from_checksum } : null,
    toPack: { name: r.to_name, contentChecksum: r.to_checksum },
    savedCareersChecked: r.saved_careers_checked,
    studentsAffected: new Set(items.map((i) => i.studentId)).size,
    items,
  }
}
