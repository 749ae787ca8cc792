import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { elements, readTaggedPdf } from '../support/pdf-structure'
import { type ExportedRecord, exportedRecord } from './record-export-fixture'
import { PRIVATE_NOTE } from './reports-fixture'

/*
 * The record export of a record at its worst: typed values that look like dates or JSON, fifty
 * interest profiles, one with a note longer than a page, one with no scores above zero, and a
 * per-student table some later feature adds. A record export must print all of it as it was kept.
 */

let record: ExportedRecord
let pdf: string
let text: string
const LONG_NOTE = `${'Talked through three training routes and what each would cost the family. '.repeat(110)}End of note.`
const PROFILES = 50

beforeAll(async () => {
  record = await exportedRecord('reports-record-hostile', (db, id) => {
    db.prepare(
      `UPDATE students SET student_number = '2024-01-15', school = 'north_high_campus',
       preferred_name = '{"nick": "Jo"}', guardian_contact = '[1,2] Ana' WHERE id = ?`,
    ).run(id)
    db.prepare('DELETE FROM interest_profiles WHERE student_id = ?').run(id)
    const profile = db.prepare(
      "INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, high_point, note, created_at) VALUES (?, ?, 'profiler', ?, 20, 16, 27, 18, 26, ?, ?, ?)",
    )
    for (let n = 0; n < PROFILES; n++) {
      const day = new Date(Date.UTC(2022, 0, 1 + n * 20)).toISOString().slice(0, 10)
      const empty = n === 7
      profile.run(id, day, empty ? 0 : 12, empty ? '' : 'SCI', n === 3 ? LONG_NOTE : null, `${day}T10:00:00Z`)
    }
    db.prepare(
      "UPDATE interest_profiles SET i = 0, a = 0, s = 0, e = 0, c = 0 WHERE student_id = ? AND high_point = ''",
    ).run(id)
    // A quick check whose kept answers include one to a statement no longer asked and one off the scale.
    db.prepare(
      "INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, high_point, answers, created_at) VALUES (?, '2026-11-20', 'quick', 4, 0, 0, 0, 0, 0, 'R', ?, '2026-11-20T10:00:00Z')",
    ).run(id, JSON.stringify({ r1: 'agree', x7: 'disagree', i1: 'maybe' }))
    // One whose answers were damaged on disk: the rest of the record must still export.
    db.prepare(
      "INSERT INTO interest_profiles (student_id, taken_on, source, r, i, a, s, e, c, high_point, answers, created_at) VALUES (?, '2026-11-21', 'quick', 4, 0, 0, 0, 0, 0, 'R', '{\"r1\": \"agr', '2026-11-21T10:00:00Z')",
    ).run(id)
    // A later feature's table: its columns are not known to the export.
    db.exec(
      'CREATE TABLE transcript_requests (id INTEGER PRIMARY KEY, student_id INTEGER, state_student_id TEXT, sent_to TEXT, sent_on TEXT, due_on TEXT, private_memo TEXT)',
    )
    db.prepare(
      "INSERT INTO transcript_requests (student_id, state_student_id, sent_to, sent_on, due_on, private_memo) VALUES (?, 'ST-99887', 'Valley College', '2026-03-04', '2026-02-30', 'Counselor memo: not for the family')",
    ).run(id)
    // A pack change whose list of replacements was damaged: still part of what the family sees.
    const report = db
      .prepare(
        "INSERT INTO pack_change_reports (created_at, action, to_name, to_checksum, saved_careers_checked, students_affected) VALUES ('2026-11-24T09:00:00Z', 'install', 'O*NET 30.3', 'b', 5, 1)",
      )
      .run().lastInsertRowid
    db.prepare(
      "INSERT INTO pack_change_items (report_id, student_id, code, saved_title, kind, replacements, changes) VALUES (?, ?, '15-1132.00', 'Software Developers, Applications', 'replaced', 'Software Developers (15-1252.00', '[]')",
    ).run(report, id)
  })
  pdf = record.pdf
  text = record.text
})
afterAll(() => record?.close())

/** Per page, how far down the body text reaches, as a share of the page (running header and footer left out). */
function bodyDepths(): number[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString('utf8')
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => {
    const height = Number(p[2])
    const bottoms = [...p[3]!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
      .filter((w) => Number(w[1]) > 50 && Number(w[2]) < height - 50)
      .map((w) => Number(w[2]))
    return bottoms.length ? Math.max(...bottoms) / height : 0
  })
}

describe('record export PDF, hostile record', () => {
  it('prints typed student details as typed, even when they look like a date, JSON or a stored key', () => {
    expect(text).toContain('2024-01-15')
    expect(text).toContain('north_high_campus')
    expect(text).toContain('{"nick": "Jo"}')
    expect(text).toContain('[1,2] Ana')
  })

  it('prints every column of a table added later but its own row id and the student id; never private columns', () => {
    expect(text).toContain('Transcript requests')
    expect(text).toContain('State student id: ST-99887')
    expect(text).toContain('Sent to: Valley College')
    expect(text).toContain('Sent on: March 4, 2026')
    // Not a day on the calendar: printed as stored, not rolled over to March 2.
    expect(text).toContain('Due on: 2026-02-30')
    expect(text).toContain('Software Developers (15-1252.00')
    expect(text).not.toContain('Counselor memo')
    expect(text).not.toContain(PRIVATE_NOTE)
  })

  it('prints all fifty profiles, the empty one and the whole long note, without leaving a page mostly blank', () => {
    const tagged = readTaggedPdf(pdf)
    // Still a tagged PDF throughout: nothing drawn outside the structure, read in drawing order.
    expect(tagged.unmarked).toEqual([])
    expect(tagged.treeOrder).toEqual(tagged.drawnOrder)
    const root = tagged.root
    const headings = elements(root, /^H2$/).filter((h) => / · O\*NET Interest Profiler$/.test(h.text ?? ''))
    expect(headings).toHaveLength(PROFILES)
    expect(text).toContain('None: no area stands out from the others')
    expect(text).toContain('answers as stored (damaged, not readable as answers): {"r1": "agr')
    expect(text).toContain('Also kept: statement x7, answered No; statement i1, answered maybe.')
    // The note is one element holding every word, across the pages it runs over.
    const note = elements(root, /^LBody$/).find((b) => b.text.startsWith('Talked through'))
    expect(note?.text.replace(/\s+/g, ' ').trim()).toBe(LONG_NOTE.trim())
    // Every page but the last is filled at least a third of the way down (a profile moved whole
    // to the next page may leave the rest of a page; a heading and four lines alone may not).
    const depths = bodyDepths()
    expect(depths.slice(0, -1).filter((d) => d < 0.35)).toEqual([])
  })
})
