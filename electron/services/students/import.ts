import { parse } from 'csv-parse/sync'
import { studentInput } from '../../../shared/api/students'
import {
  foldForSearch,
  IMPORT_FIELD_LABEL,
  IMPORT_FIELDS,
  type ImportColumns,
  type ImportField,
  type ImportReport,
} from '../../../shared/domain/students'
import { UserError } from '../../../shared/errors'
import type { ServiceContext } from '../context'
import { assertNumberFree, createStudent, type StudentFields } from './students'

// Header names student information systems (PowerSchool, Infinite Campus, Skyward, Aeries and
// spreadsheets made from them) use for each column we read, after folding case and accents.
const HEADERS: Record<string, ImportField> = {
  name: 'name',
  'student name': 'name',
  'full name': 'name',
  'student full name': 'name',
  'last first': 'name',
  'first name': 'firstName',
  firstname: 'firstName',
  first: 'firstName',
  'given name': 'firstName',
  'legal first name': 'firstName',
  'student first name': 'firstName',
  'last name': 'lastName',
  lastname: 'lastName',
  last: 'lastName',
  surname: 'lastName',
  'family name': 'lastName',
  'legal last name': 'lastName',
  'student last name': 'lastName',
  grade: 'grade',
  'grade level': 'grade',
  'grade lvl': 'grade',
  'current grade': 'grade',
  gr: 'grade',
  grd: 'grade',
  'student number': 'studentNumber',
  'student no': 'studentNumber',
  'student id': 'studentNumber',
  'student id number': 'studentNumber',
  studentid: 'studentNumber',
  'stu id': 'studentNumber',
  'local id': 'studentNumber',
  'sis id': 'studentNumber',
  'id number': 'studentNumber',
  number: 'studentNumber',
  id: 'studentNumber',
  'preferred name': 'preferredName',
  'preferred first name': 'preferredName',
  nickname: 'preferredName',
  school: 'school',
  'school name': 'school',
  building: 'school',
  campus: 'school',
}

const fold = (h: string) =>
  foldForSearch(h)
    .replace(/[_.#,/()-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

function readCsv(csv: string): string[][] {
  // A character the reader could not decode would be stored in a name for good.
  const bad = csv.indexOf('\uFFFD')
  if (bad >= 0)
    throw new UserError(
      'VALIDATION',
      `Some characters in the file could not be read (line ${csv.slice(0, bad).split('\n').length}).`,
      'Save the list from your spreadsheet as "CSV UTF-8" and try again.',
    )
  try {
    return parse(csv.replace(/^\uFEFF/, ''), {
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
}

/** Each header's suggested field; a field claimed by an earlier column is not suggested twice. */
function suggest(header: string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>()
  return header.map((h) => {
    const f = HEADERS[fold(h)] ?? null
    if (!f || taken.has(f)) return null
    taken.add(f)
    return f
  })
}

/** The columns of the file and what each seems to hold, with a few values to recognise them by. */
export function importColumns(csv: string): ImportColumns {
  const records = readCsv(csv)
  const header = records[0] ?? []
  const body = records.slice(1).filter((r) => r.some((c) => c !== ''))
  const fields = suggest(header)
  return {
    columns: header.map((h, j) => ({
      header: h,
      field: fields[j] ?? null,
      samples: body.slice(0, 3).map((r) => r[j] ?? ''),
    })),
    rows: body.length,
  }
}

function checkMapping(cols: (ImportField | null)[]): void {
  const has = (f: ImportField) => cols.includes(f)
  const twice = IMPORT_FIELDS.find((f) => cols.filter((c) => c === f).length > 1)
  if (twice)
    throw new UserError(
      'VALIDATION',
      `Two columns are set to ${IMPORT_FIELD_LABEL[twice]}.`,
      'Choose one of them and set the other to "Don’t import".',
    )
  const missing = [
    has('name') || (has('firstName') && has('lastName'))
      ? null
      : has('firstName') || has('lastName')
        ? 'both first and last name'
        : 'the name',
    has('grade') ? null : 'the grade',
    has('studentNumber') ? null : 'the student number',
  ].filter((m): m is string => m !== null)
  if (missing.length)
    throw new UserError(
      'VALIDATION',
      `Choose the column that holds ${missing.join(', ')}.`,
      'Set each column to what it holds: the list needs a name (or first and last name), a grade and a student number.',
    )
}

/** "09", "9", "Grade 9", "9th" → 9; "" → null; anything else is left for the row check. */
function gradeOf(raw: string): number | null {
  if (raw === '') return null
  const m = /^(?:grade\s*)?0?(\d{1,2})(?:st|nd|rd|th)?$/i.exec(raw)
  return m ? Number(m[1]) : Number.NaN
}

/**
 * Imports a student list (CSV with name, grade, student number). Every bad row is reported by
 * its line in the file, and a file with any bad row imports nothing.
 */
export function importStudents(
  ctx: ServiceContext,
  csv: string,
  school?: string | null,
  mapping?: (ImportField | null)[],
): ImportReport {
  const records = readCsv(csv)
  const header = records[0] ?? []
  const cols = mapping ? header.map((_h, j) => mapping[j] ?? null) : suggest(header)
  if (!mapping && !cols.includes('name') && !(cols.includes('firstName') && cols.includes('lastName')))
    throw new UserError(
      'VALIDATION',
      'The first line must name the columns: name (or first and last name), grade, student number.',
      'Add a header line such as "name,grade,student number" and try again.',
    )
  checkMapping(cols)
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
    if (raw.name === undefined) raw.name = [raw.firstName, raw.lastName].filter(Boolean).join(' ')
    const grade = gradeOf(raw.grade ?? '')
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
