import { basename } from 'node:path'
import type { OfficialFileReport, OfficialReport } from '../../../../shared/domain/packs'
import type { OfficialSource } from '../../../../shared/official-sources'
import type { OnetKind, OnetTable } from '../readers/onet-files'
import { compareVersions } from '../readers/onet-release'
import { allDataCsvByName, type NotUsed, type OfficialKind, type Recognised, recognise } from './recognise'
import { type FileRef, type ScannedFile, scanInputs } from './scan'

/** A non-O*NET file the plan uses, with the release it showed. */
export interface PlannedFile {
  ref: FileRef
  label: string
  format: 'xlsx' | 'csv' | 'text'
  release?: string
}

/** One O*NET release, assembled from the files recognised as belonging to it. */
export interface PlannedRelease {
  version: string
  /** Read Me's "May 2026 Release", when present. */
  date?: string
  files: Partial<Record<OnetTable, { ref: FileRef; label: string; kind: OnetKind }>>
}

export interface OfficialPlan {
  onet: PlannedRelease[]
  oews?: PlannedFile
  ep?: PlannedFile
  cip?: PlannedFile
  cipCodes?: PlannedFile
  clusters?: PlannedFile
  /** OEWS state / MSA / BOS / all-data files (every one of the newest release) and industry files. */
  oewsArea?: PlannedFile[]
  oewsIndustry?: PlannedFile[]
  report: OfficialReport
}

type Found = ScannedFile & { rec: Recognised }

const FORMAT_RANK = { csv: 0, text: 1, xlsx: 2 } as const
const BLS_KINDS: {
  kind: OfficialKind
  key: keyof Omit<OfficialPlan, 'onet' | 'report' | 'oewsArea' | 'oewsIndustry'>
}[] = [
  { kind: 'oews', key: 'oews' },
  { kind: 'ep', key: 'ep' },
  { kind: 'cip', key: 'cip' },
  { kind: 'cip-codes', key: 'cipCodes' },
  { kind: 'clusters', key: 'clusters' },
]
const SOURCE_KEY: Record<string, OfficialSource['key']> = {
  oews: 'oews',
  ep: 'ep',
  cip: 'cip',
  cipCodes: 'cip-codes',
  clusters: 'clusters',
}

/**
 * Works out what each given file is from its content, which release it belongs to, and which
 * files a pack is built from: per O*NET table and per BLS/NCES source the newest release wins;
 * the same release twice keeps the quickest format to read (CSV, then text, then Excel).
 */
export function planOfficial(inputs: string[]): OfficialPlan {
  const scanned = scanInputs(inputs)
  const reports = new Map<string, OfficialFileReport>()
  const say = (f: ScannedFile, r: Omit<OfficialFileReport, 'file'>) =>
    reports.set(f.label, { file: f.label, ...r })
  const found: Found[] = []
  for (const f of scanned) {
    if (!f.head) {
      say(f, {
        what: null,
        release: null,
        status: 'skipped',
        note: `Not read: ${f.unreadable ?? 'unreadable.'}`,
      })
      continue
    }
    const rec = recognise(f.head)
    if (!rec) {
      const cols = f.head.header.filter(Boolean).slice(0, 4).join(', ')
      say(f, {
        what: null,
        release: null,
        status: 'skipped',
        note: `Not one of the official files Career Atlas reads${cols ? ` (its columns: ${cols}…)` : ''}.`,
      })
    } else if ('skip' in rec) {
      const r = rec as NotUsed
      say(f, {
        what: null,
        release: null,
        status: r.notNeeded ? 'not-needed' : 'skipped',
        note: `Skipped: ${r.skip}`,
      })
    } else found.push({ ...f, rec: allDataCsvByName(basename(f.label), f.head, rec as Recognised) })
  }

  // O*NET: a file's release is told by the Read Me beside it, else by its folder or zip name.
  const readMes = found.filter((f) => f.rec.kind === 'onet-readme')
  for (const r of readMes)
    say(r, {
      what: r.rec.what,
      release: `O*NET ${r.rec.release}`,
      status: 'used',
      note: 'Tells the release.',
    })
  const versionOf = (f: Found): { version: string; date?: string } | null => {
    const readMe = readMes.find((r) => r.container === f.container)
    if (readMe?.rec.release) return { version: readMe.rec.release, date: readMe.rec.date }
    const m = /(?:^|[^\d])(\d{2})[._](\d)(?:[^\d]|$)/.exec(basename(f.container))
    return m ? { version: `${m[1]}.${m[2]}` } : null
  }
  const byTable = new Map<OnetTable, (Found & { version: string })[]>()
  const dates = new Map<string, string>()
  let undated = 0
  for (const f of found.filter((x) => x.rec.kind === 'onet')) {
    const v = versionOf(f)
    if (!v) {
      undated++
      say(f, {
        what: f.rec.what,
        release: null,
        status: 'skipped',
        note: 'Skipped: its O*NET release cannot be told. Keep the release\'s "Read Me.txt" beside it, or name its folder like db_30_1_text.',
      })
      continue
    }
    if (v.date) dates.set(v.version, v.date)
    const table = f.rec.table as OnetTable
    byTable.set(table, [...(byTable.get(table) ?? []), { ...f, version: v.version }])
  }
  const releases = new Map<string, PlannedRelease>()
  for (const [table, list] of byTable) {
    list.sort(
      (a, b) =>
        compareVersions(b.version, a.version) ||
        FORMAT_RANK[a.head!.format] - FORMAT_RANK[b.head!.format] ||
        a.label.localeCompare(b.label),
    )
    const [best, ...rest] = list as [Found & { version: string }, ...(Found & { version: string })[]]
    const rel = releases.get(best.version) ?? {
      version: best.version,
      date: dates.get(best.version),
      files: {},
    }
    rel.files[table] = { ref: best.ref, label: best.label, kind: best.rec.onetKind as OnetKind }
    releases.set(best.version, rel)
    say(best, { what: best.rec.what, release: `O*NET ${best.version}`, status: 'used', note: 'Used.' })
    for (const r of rest)
      say(r, {
        what: r.rec.what,
        release: `O*NET ${r.version}`,
        status: r.version === best.version ? 'duplicate' : 'older',
        note:
          r.version === best.version
            ? `Not used: the same release again; ${best.label} is used.`
            : `Not used: O*NET ${best.version} has this table too and is newer (${best.label}).`,
      })
  }

  const plan: OfficialPlan = {
    onet: [...releases.values()].sort((a, b) => compareVersions(b.version, a.version)),
    report: { files: [], missing: [], canBuild: false },
  }
  for (const { kind, key } of BLS_KINDS) {
    const [best, ...rest] = newestFirst(found, kind)
    if (!best) {
      plan.report.missing.push(SOURCE_KEY[key] as string)
      continue
    }
    plan[key] = { ref: best.ref, label: best.label, format: best.head!.format, release: best.rec.release }
    say(best, { what: best.rec.what, release: best.rec.release ?? null, status: 'used', note: 'Used.' })
    for (const r of rest) {
      const same = (r.rec.order ?? 0) === (best.rec.order ?? 0)
      say(r, {
        what: r.rec.what,
        release: r.rec.release ?? null,
        status: same ? 'duplicate' : 'older',
        note: same
          ? `Not used: the same release again; ${best.label} is used.`
          : `Not used: ${best.rec.release ?? 'a newer release'} is newer (${best.label}).`,
      })
    }
  }
  plan.oewsArea = planLocal(found, 'oews-area', say)
  plan.oewsIndustry = planLocal(found, 'oews-industry', say)
  // What the installer requires of every pack (catalog REQUIRED_TABLES): said now, not after a build.
  const lacking = (['occupation_data', 'job_zone_reference'] as const).filter(
    (t) => !plan.onet.some((r) => r.files[t]),
  )
  plan.report.canBuild = lacking.length === 0
  if (lacking.length) {
    plan.report.missing.unshift('onet')
    plan.report.problem = undated
      ? `The O*NET release of ${undated} file${undated === 1 ? '' : 's'} cannot be told (no "Read Me.txt" beside them, no version in the folder or zip name), so a pack cannot be built. Keep the release's "Read Me.txt" with its files, or name their folder like db_30_1_text.`
      : `No O*NET ${lacking
          .map((t) => (t === 'occupation_data' ? 'Occupation Data' : 'Job Zone Reference'))
          .join(
            ' or ',
          )} among these files, so a pack cannot be built from them. Add the whole O*NET database download (its zip or folder).`
  }
  plan.report.files = scanned.map((f) => reports.get(f.label)).filter((r): r is OfficialFileReport => !!r)
  return plan
}

/** The files of one BLS/NCES kind, newest release first, then the quickest format to read. */
function newestFirst(found: Found[], kind: OfficialKind): Found[] {
  return found
    .filter((f) => f.rec.kind === kind)
    .sort(
      (a, b) =>
        (b.rec.order ?? 0) - (a.rec.order ?? 0) ||
        FORMAT_RANK[a.head!.format] - FORMAT_RANK[b.head!.format] ||
        a.label.localeCompare(b.label),
    )
}

/**
 * Area and industry files add up (state + MSA + BOS; nat3d + nat4d): every file of the newest
 * release is used, one per data sheet (the same sheet again, e.g. the zip and the workbook taken
 * out of it, is a duplicate). Older releases are left out: area, industry and national wages
 * must come from one release.
 */
function planLocal(
  found: Found[],
  kind: 'oews-area' | 'oews-industry',
  say: (f: ScannedFile, r: Omit<OfficialFileReport, 'file'>) => void,
): PlannedFile[] | undefined {
  const list = newestFirst(found, kind)
  const newest = list[0]
  if (!newest) return undefined
  const used = new Map<string, Found>()
  for (const f of list) {
    const sheet = (f.rec.sheet ?? f.label).toLowerCase()
    const same = used.get(sheet)
    if ((f.rec.order ?? 0) !== (newest.rec.order ?? 0))
      say(f, {
        what: f.rec.what,
        release: f.rec.release ?? null,
        status: 'older',
        note: `Not used: ${newest.rec.release ?? 'a newer release'} is newer (${newest.label}).`,
      })
    else if (same)
      say(f, {
        what: f.rec.what,
        release: f.rec.release ?? null,
        status: 'duplicate',
        note: `Not used: the same file again; ${same.label} is used.`,
      })
    else {
      used.set(sheet, f)
      say(f, { what: f.rec.what, release: f.rec.release ?? null, status: 'used', note: 'Used.' })
    }
  }
  return [...used.values()].map((f) => ({
    ref: f.ref,
    label: f.label,
    format: f.head!.format,
    release: f.rec.release,
  }))
}

/** "O*NET 30.3" → "May 2026", from the Read Me files the plan saw (for the manifest). */
export function releaseDates(plan: OfficialPlan): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of plan.onet) if (r.date) out[`O*NET ${r.version}`] = r.date
  return out
}
