import { parse } from 'csv-parse/sync'
import { studentInput } from '../../../shared/api/students'
import { foldForSearch, type ImportReport } from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { assertNumberFree, createStudent, type StudentFields } from './students'

// Header names a spreadsheet export may use for each column we read.
const HEADERS: Record<string, 'name' | 'grade' | 'studentNumber' | 'preferredName' | 'school'> = {
  name: 'name',
  'student name': 'name',
  'full name': 'name',
  grade: 'grade',
  'student number': 'studentNumber',
  'student no': 'studentNumber',
  'student id': 'studentNumber',
  number: 'studentNumber',
  id: 'studentNumber',
  'preferred name': 'preferredName',
  school: 'school',
}

/**
 * Imports a student list (CSV with name, grade, student number). Every bad row is reported by
 * its line in the file, and a file with any bad row imports nothing.
 */
export function importStudents(ctx: ServiceContext, csv: string, school?: string | null): ImportReport {
  let records: string[][]
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    })
  } catch (e) {
    const line = (e as { lines?: number }).lines
    throw new UserError(
      'VALIDATION',
      `The file is not valid CSV${line ? ` (near line ${line})` : ''}.`,
      'Save the list from your spreadsheet as CSV and try again.',
    )
  }
  const header = (records[0] ?? []).map((h) =>
    foldForSearch(h).replace(/[_.#]/g, ' ').replace(/\s+/g, ' ').trim(),
  )
  const cols = header.map((h) => HEADERS[h])
  if (!cols.includes('name') || !cols.includes('grade') || !cols.includes('studentNumber'))
    throw new UserError(
      'VALIDATION',
      'The first line must name the columns: name, grade, student number.',
      'Add a header line such as "name,grade,student number" and try again.',
    )
  const problems: ImportReport['problems'] = []
  const rows: { line: number; fields: StudentFields }[] = []
  const seen = new Map<string, number>()
  for (const [i, rec] of records.slice(1).entries()) {
    const line = i + 2
    if (rec.every((c) => c === '')) continue
    const raw: Record<string, string> = {}
    cols.forEach((c, j) => {
      if (c) raw[c] = rec[j] ?? ''
    })
    const grade = raw.grade === '' ? null : /^\d{1,2}$/.test(raw.grade ?? '') ? Number(raw.grade) : Number.NaN
    if (grade !== null && (Number.isNaN(grade) || grade < 6 || grade > 12)) {
      problems.push({ line, message: `Grade "${raw.grade}" is not a number from 6 to 12.` })
      continue
    }
    const parsed = studentInput.safeParse({
      name: raw.name ?? '',
      grade,
      studentNumber: raw.studentNumber || null,
      preferredName: raw.preferredName || null,
      school: raw.school || school || null,
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      problems.push({
        line,
        // Every schema message names its field ("Grade is 6 to 12."), so it reads on its own.
        message: issue?.message ?? 'This row is not a valid student.',
      })
      continue
    }
    const key = `${foldForSearch(parsed.data.school)}|${parsed.data.studentNumber ?? ''}`
    if (parsed.data.studentNumber && seen.has(key)) {
      problems.push({
        line,
        message: `Student number ${parsed.data.studentNumber} is also on line ${seen.get(key)}.`,
      })
      continue
    }
    seen.set(key, line)
    rows.push({ line, fields: parsed.data })
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push({ line: 2, message: 'The file has no students below the header.' })
  const db = ctx.clients
  for (const r of rows) {
    try {
      assertNumberFree(db, r.fields.school ?? null, r.fields.studentNumber ?? null)
    } catch (e) {
      problems.push({ line: r.line, message: (e as Error).message })
    }
  }
  problems.sort((a, b) => a.line - b.line)
  if (problems.length > 0) return { imported: 0, problems }
  db.transaction(() => {
    for (const r of rows) createStudent(ctx, r.fields)
  })()
  return { imported: rows.length, problems: [] }
}
