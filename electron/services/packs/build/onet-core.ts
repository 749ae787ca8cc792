import { FIX_OFFICIAL, num, packInvalid } from '../readers/problem'
import { column, optionalColumn, type RawTable } from '../readers/table'
import type { BuildContext } from './context'
import { insertRows } from './insert-rows'

const CODE = ['O*NET-SOC Code']
const yes = (s: string | undefined) => (s ?? '').trim().toUpperCase() === 'Y'
const textOrNull = (s: string | undefined) => {
  const v = (s ?? '').trim()
  return v === '' || v.toLowerCase() === 'n/a' ? null : v
}

/** Reads a number that must lie in [min, max]; out-of-range ratings are refused, never clamped. */
export function inRange(t: RawTable, i: number, c: number, min: number, max: number): number | null {
  const v = num(t.rows.at(i)?.[c])
  if (v === null) return null
  if (Number.isNaN(v) || v < min || v > max) {
    throw packInvalid(
      t.file,
      `${t.where(i)}, column "${t.header[c]}"`,
      `the value "${t.rows.at(i)?.[c]}" is outside the scale's range ${min} to ${max}.`,
      FIX_OFFICIAL,
    )
  }
  return v
}

/** Occupation Data: the taxonomy every other table is checked against. */
export function writeOccupations(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cTitle = column(t, ['Title'])
  const cDesc = column(t, ['Description'])
  const cols = ['code', 'soc', 'title', 'description', 'major_group']
  const n = insertRows(ctx.db, 'occupations', cols, (ins) =>
    t.rows.forEach((r, i) => {
      const code = (r[cCode] ?? '').trim()
      if (!/^\d\d-\d{4}\.\d\d$/.test(code)) {
        throw packInvalid(
          t.file,
          t.where(i),
          `"${code}" is not an O*NET-SOC code like 29-2072.00.`,
          FIX_OFFICIAL,
        )
      }
      const row = [
        code,
        code.slice(0, 7),
        (r[cTitle] ?? '').trim(),
        (r[cDesc] ?? '').trim(),
        code.slice(0, 2),
      ]
      ins.run(row, { t, i })
      ctx.codes.add(code)
    }),
  )
  if (n === 0) throw packInvalid(t.file, null, 'the release lists no occupations.', FIX_OFFICIAL)
  return n
}

export function writeJobZones(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cZone = column(t, ['Job Zone'])
  const upd = ctx.db.prepare('UPDATE occupations SET job_zone = ? WHERE code = ?')
  t.rows.forEach((_r, i) => {
    upd.run(inRange(t, i, cZone, 1, 5), ctx.code(t, cCode, i))
  })
  return t.rows.length
}

export function writeJobZoneReference(ctx: BuildContext, t: RawTable): number {
  const c = ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training', 'Examples', 'SVP Range'].map(
    (n) => column(t, [n]),
  )
  const cols = [
    'zone',
    'name',
    'experience',
    'education',
    'job_training',
    'examples',
    'svp_range',
    'covers_zones',
  ]
  return insertRows(ctx.db, 'job_zone_reference', cols, (ins) =>
    t.rows.forEach((r, i) => {
      const zone = inRange(t, i, c[0]!, 1, 5)
      const name = (r[c[1]!] ?? '').trim()
      // 30.2+ publishes one row for zones 1 and 2 ("Job Zone 1-2: ..."), keyed as zone 2.
      const merged = /Job Zone (\d)\s*-\s*(\d)/i.exec(name)
      const covers = merged ? range(Number(merged[1]), Number(merged[2])).join(',') : String(zone)
      const cells = c.slice(2).map((k) => (r[k] ?? '').trim())
      ins.run([zone, name, ...cells, covers], { t, i })
    }),
  )
}

function range(a: number, b: number): number[] {
  const out: number[] = []
  for (let k = a; k <= b; k++) out.push(k)
  return out
}

export function writeAlternateTitles(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cTitle = column(t, ['Alternate Title', 'Job Title', 'Alternate Job Title'])
  const cShort = optionalColumn(t, ['Short Title'])
  return insertRows(ctx.db, 'titles', ['code', 'title', 'short_title', 'kind'], (ins) =>
    t.rows.forEach((r, i) => {
      ins.run([
        ctx.code(t, cCode, i),
        (r[cTitle] ?? '').trim(),
        cShort >= 0 ? textOrNull(r[cShort]) : null,
        'alternate',
      ])
    }),
  )
}

export function writeReportedTitles(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cTitle = column(t, ['Reported Job Title'])
  const cShown = optionalColumn(t, ['Shown in My Next Move'])
  return insertRows(ctx.db, 'titles', ['code', 'title', 'kind', 'shown_in_my_next_move'], (ins) =>
    t.rows.forEach((r, i) => {
      ins.run([
        ctx.code(t, cCode, i),
        (r[cTitle] ?? '').trim(),
        'reported',
        cShown >= 0 && yes(r[cShown]) ? 1 : 0,
      ])
    }),
  )
}

export function writeTasks(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cId = column(t, ['Task ID'])
  const cTask = column(t, ['Task'])
  const cType = optionalColumn(t, ['Task Type'])
  return insertRows(ctx.db, 'tasks', ['code', 'task_id', 'task', 'task_type'], (ins) =>
    t.rows.forEach((r, i) => {
      const id = num(r[cId])
      if (id === null || !Number.isInteger(id)) {
        throw packInvalid(
          t.file,
          `${t.where(i)}, column "Task ID"`,
          `"${r[cId]}" is not a task number.`,
          FIX_OFFICIAL,
        )
      }
      const type = cType >= 0 ? textOrNull(r[cType]) : null
      ins.run([ctx.code(t, cCode, i), id, (r[cTask] ?? '').trim(), type], { t, i })
    }),
  )
}

export function writeRelated(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cRel = column(t, ['Related O*NET-SOC Code'])
  const cTier = optionalColumn(t, ['Relatedness Tier'])
  const cIndex = column(t, ['Index'])
  return insertRows(ctx.db, 'related_occupations', ['code', 'related_code', 'tier', 'rank'], (ins) =>
    t.rows.forEach((r, i) => {
      const rank = inRange(t, i, cIndex, 1, 1000)
      const row = [
        ctx.code(t, cCode, i),
        ctx.code(t, cRel, i),
        cTier >= 0 ? textOrNull(r[cTier]) : null,
        rank,
      ]
      ins.run(row, { t, i })
    }),
  )
}

export function writeTechnology(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cEx = column(t, ['Example', 'Workplace Example'])
  const cCat = column(t, ['Commodity Title', 'Element Name'])
  const cHot = optionalColumn(t, ['Hot Technology'])
  const cDemand = optionalColumn(t, ['In Demand'])
  return insertRows(ctx.db, 'technology', ['code', 'example', 'category', 'hot', 'in_demand'], (ins) =>
    t.rows.forEach((r, i) => {
      const hot = cHot >= 0 && yes(r[cHot]) ? 1 : 0
      const demand = cDemand >= 0 && yes(r[cDemand]) ? 1 : 0
      ins.run([ctx.code(t, cCode, i), (r[cEx] ?? '').trim(), (r[cCat] ?? '').trim(), hot, demand])
    }),
  )
}

export function writeTools(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cEx = column(t, ['Example', 'Workplace Example'])
  const cCat = column(t, ['Commodity Title', 'Element Name'])
  return insertRows(ctx.db, 'tools', ['code', 'example', 'category'], (ins) =>
    t.rows.forEach((r, i) => {
      ins.run([ctx.code(t, cCode, i), (r[cEx] ?? '').trim(), (r[cCat] ?? '').trim()])
    }),
  )
}

/** Required Level of Education (RL) only; the file also holds experience and training scales. */
export function writeEducation(ctx: BuildContext, t: RawTable): number {
  const cCode = column(t, CODE)
  const cScale = column(t, ['Scale ID'])
  const cCat = column(t, ['Category'])
  const cVal = column(t, ['Data Value'])
  return insertRows(ctx.db, 'education_levels', ['code', 'category', 'percent'], (ins) =>
    t.rows.forEach((r, i) => {
      if ((r[cScale] ?? '').trim() !== 'RL') return
      const percent = inRange(t, i, cVal, 0, 100)
      if (percent === null) return
      ins.run([ctx.code(t, cCode, i), inRange(t, i, cCat, 1, 12), percent], { t, i })
    }),
  )
}

export function writeEducationCategories(ctx: BuildContext, t: RawTable): number {
  const cScale = column(t, ['Scale ID'])
  const cCat = column(t, ['Category'])
  const cName = column(t, ['Category Description'])
  return insertRows(ctx.db, 'education_categories', ['category', 'name'], (ins) =>
    t.rows.forEach((r, i) => {
      if ((r[cScale] ?? '').trim() !== 'RL') return
      ins.run([inRange(t, i, cCat, 1, 12), (r[cName] ?? '').trim()], { t, i })
    }),
  )
}
