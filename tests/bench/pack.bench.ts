import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { readXlsxSheet } from '../../electron/services/packs/readers/xlsx'
import { nationalSources } from '../support/national-sources'
import { allStates, areaTable, writeOewsWorkbook } from '../support/oews-fixtures'
import { ROOT, SHARED_DATA } from '../support/tmp'
import { type Bench, round } from './measure'

// pack.build_s: full national build from ../shared/data (30.3 CSV + 30.1 text + 29.0 Excel +
// 27.0 text + OEWS + EP + crosswalks) plus an all-states OEWS workbook in the official layout
// (state_M2025_dl.xlsx, generated before timing from the real national rows: every state, DC
// and Puerto Rico, ~75,000 rows), in a child process, as `npm run pack -- build` runs it.
// pack.build_peak_mb: that child's peak resident memory.
// pack.build_ratio_sqlite3: our time over the sqlite3 shell's `.import` of the same raw rows
// (every source file the build read, workbooks exported to TSV beforehand, untimed) into plain
// tables, measured in the same run.
const DIR = join(ROOT, '.tmp', 'bench-pack')

const bench: Bench = async (emit) => {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  const out = join(DIR, 'national.sqlite')
  const states = await writeOewsWorkbook(
    join(DIR, 'state_M2025_dl.xlsx'),
    'state_M2025_dl',
    areaTable({ areas: allStates(), omit: () => false }),
  )
  const child = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'pack-build-child.ts'), out, states],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  const { ms, maxRssKb, mainCpuS, totalCpuS, stages } = JSON.parse(child.trim().split('\n').pop()!) as {
    ms: number
    maxRssKb: number
    mainCpuS: number
    totalCpuS: number
    stages: Record<string, number>
  }
  const slowest = Object.entries(stages)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
  console.error(`pack: slowest stages: ${slowest.join(', ')}`)
  // Context for reading the wall time on a shared machine (stderr: not a benchmark line).
  console.error(
    `pack: CPU ${totalCpuS} s in all threads, ${mainCpuS} s on the main thread; load average ${loadavg()[0]?.toFixed(1)}`,
  )

  const shellSeconds = await sqliteShellImport(out, [states])
  emit({ name: 'pack.build_s', value: round(ms / 1000, 2), unit: 's', peer: 'goal', peerValue: 10 })
  emit({
    name: 'pack.build_ratio_sqlite3',
    value: round(ms / 1000 / shellSeconds, 2),
    unit: 'x',
    peer: 'sqlite3 shell .import of the same rows (s)',
    peerValue: round(shellSeconds, 2),
  })
  emit({
    name: 'pack.build_peak_mb',
    value: round(maxRssKb / 1024, 1),
    unit: 'MB',
    peer: 'goal',
    peerValue: 500,
  })
  rmSync(DIR, { recursive: true, force: true })
}

/** Imports every file the build read (per its manifest) with the sqlite3 shell; returns seconds. */
async function sqliteShellImport(pack: string, extra: string[]): Promise<number> {
  const db = new Database(pack, { readonly: true })
  const sources = JSON.parse(
    (db.prepare("SELECT value FROM manifest WHERE key = 'sources'").get() as { value: string }).value,
  ) as { file: string }[]
  db.close()
  const opts = nationalSources(SHARED_DATA, pack)
  const bls = [opts.oews, opts.ep, opts.cipCrosswalk, opts.cipCodes, opts.clusters, ...extra].map((p) =>
    typeof p === 'string' ? p : p?.path,
  )
  const lines = ['PRAGMA journal_mode = OFF;', 'PRAGMA synchronous = OFF;']
  let n = 0
  for (const s of sources) {
    const path = bls.find((p) => p && basename(p) === s.file) ?? join(SHARED_DATA, 'onet', s.file)
    const table = `t${n++}`
    if (path.endsWith('.xlsx')) {
      const sheet = path.endsWith('occupation.xlsx')
        ? 'Table 1.2'
        : path.includes('Crosswalk')
          ? 'CIP-SOC'
          : undefined
      const rows = (await readXlsxSheet(readFileSync(path), path, sheet)).rows
      const tsv = join(DIR, `${table}.tsv`)
      writeFileSync(tsv, rows.map((r) => r.map((c) => c.replace(/[\t\n]/g, ' ')).join('\t')).join('\n'))
      lines.push('.mode ascii', '.separator "\\t" "\\n"', `.import '${tsv}' ${table}`)
    } else if (path.endsWith('.csv')) {
      lines.push('.mode csv', `.import '${path}' ${table}`)
    } else {
      lines.push('.mode ascii', '.separator "\\t" "\\n"', `.import '${path}' ${table}`)
    }
  }
  const script = join(DIR, 'import.sql')
  writeFileSync(script, `${lines.join('\n')}\n`)
  const target = join(DIR, 'shell.sqlite')
  rmSync(target, { force: true })
  const t0 = performance.now()
  execFileSync('sqlite3', [target, `.read '${script}'`], { stdio: ['ignore', 'ignore', 'pipe'] })
  return (performance.now() - t0) / 1000
}

export default bench
