import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import type { OfficialReport } from '../../../../shared/domain/packs'
import { UserError } from '../../../../shared/errors'
import { buildSearchIndex } from '../../search/build-index'
import { planBuildOptions } from '../official/options'
import { type OfficialPlan, type PlannedFile, planOfficial } from '../official/plan'
import { readCipCodes, readCipCrosswalk } from '../readers/cip'
import { readClusters } from '../readers/clusters'
import { readEp } from '../readers/ep'
import { readOews } from '../readers/oews'
import { compareVersions, openOnetRelease } from '../readers/onet-release'
import { prefetchRowFiles, type RowPrefetch } from '../readers/row-prefetch'
import { holdXlsxWorker, parkXlsxWorker } from '../readers/xlsx-pool'
import { applyBrightOutlook, writeProjections, writeWages } from './bls-join'
import { collectGarbage } from './collect'
import { BuildContext, pickNewest } from './context'
import { RIASEC_RULE } from './interests'
import { writeClusters, writePrograms } from './links'
import { writeAreaWages, writeIndustryWages } from './local-wages'
import { writeManifest, writeTableSources } from './manifest'
import { writeOccupations } from './onet-core'
import { OnetReader, plannedReads, SIMPLE_STEPS, writeAllRatings, writeSimpleTables } from './onet-steps'
import type { BuildControl, BuildOptions, BuildResult } from './types'
import { createPackDb, createPackIndexes, finishPackDb, sha256File } from './writer'

const pathOf = (s: string | { path: string }) => (typeof s === 'string' ? s : s.path)
const releaseOf = (s: string | { release?: string }) => (typeof s === 'string' ? undefined : s.release)

/**
 * Builds one pack file from official releases: O*NET (several, newest wins per table), OEWS
 * wages, EP projections, the CIP-SOC crosswalk and career clusters. Written to a temp file and
 * renamed into place, so `out` is either the previous file or a complete new pack.
 */
export async function buildPack(given: BuildOptions, control: BuildControl = {}): Promise<BuildResult> {
  const started = Date.now()
  const staging = `${given.out}.staging-${process.pid}-${started}`
  try {
    return await buildWith(given, control, started, staging)
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

async function buildWith(
  given: BuildOptions,
  control: BuildControl,
  started: number,
  staging: string,
): Promise<BuildResult> {
  const { options, report } = withOfficial(given, staging)
  if (report && !report.canBuild && !given.onet.length) {
    throw new UserError(
      'PACK_INVALID',
      report.problem ?? 'The O*NET database was not found among the files given.',
      'Add the O*NET database download (text, Excel or CSV zip, or its folder).',
    )
  }
  if (options.onet.length === 0) {
    throw new UserError(
      'PACK_INVALID',
      report ? 'No O*NET Occupation Data was found among the files given.' : 'No O*NET release was given.',
      report
        ? 'Add the O*NET database download (text, Excel or CSV zip, or its folder): it lists the occupations.'
        : 'Choose at least one O*NET database folder or zip.',
    )
  }
  const releases = options.onet.map(openOnetRelease).sort((a, b) => compareVersions(b.version, a.version))
  const tmp = `${options.out}.building-${process.pid}-${started}`
  const db = createPackDb(tmp)
  const releaseWorker = holdXlsxWorker()
  // The area reader thread once started (see below), and whether the build still runs.
  const area: { rows: RowPrefetch | null; building: boolean } = { rows: null, building: true }
  const ctx = new BuildContext(db, control, SIMPLE_STEPS.length + 18, options.starter ?? false)
  const extra: Record<string, string> = { riasec_rule: RIASEC_RULE }
  const dates = Object.fromEntries(releases.filter((r) => r.date).map((r) => [r.label, r.date as string]))
  if (Object.keys(dates).length) extra.release_dates = JSON.stringify(dates)
  try {
    db.exec('BEGIN')
    const occ = pickNewest(releases, 'occupation_data')
    if (!occ) {
      throw new UserError(
        'PACK_INVALID',
        'None of the O*NET folders holds "Occupation Data" (occupation_data.csv in 30.3+), which lists the occupations.',
        'Add the full O*NET release that the other files came from.',
      )
    }
    const reader = new OnetReader(ctx)
    // Workbooks go to the reader thread now, in the order the steps below consume them.
    for (const p of plannedReads(releases)) if (p.file.kind === 'onet-excel') reader.prefetch(p)
    const oewsJob = options.oews ? early(readOews(pathOf(options.oews), releaseOf(options.oews))) : null
    const epJob = options.ep ? early(readEp(pathOf(options.ep), releaseOf(options.ep))) : null
    // Area workbooks are inflated and scanned in a thread of their own while O*NET is written,
    // started once the workbook thread is through (the O*NET steps wait for its tables first).
    const areaFiles = options.oewsArea
    const areaStart = areaFiles?.length
      ? Promise.allSettled([reader.settled(), oewsJob, epJob]).then(() => {
          if (area.building) area.rows = prefetchRowFiles(areaFiles)
        })
      : null
    const occRows = writeOccupations(ctx, await reader.read(occ))
    reader.forget(occ)
    ctx.addTableSource('occupations', occ.file.kind, occ.release.label, occ.file.entry.label, occRows)
    await writeSimpleTables(ctx, releases, reader)
    await writeAllRatings(ctx, releases, reader)

    let unmatched = 0
    let nationalRelease: string | null = null
    if (options.oews) {
      const file = pathOf(options.oews)
      const oews = await oewsJob!
      nationalRelease = oews.release
      recordFile(ctx, 'oews', oews.release, file, oews.rows.length)
      const w = writeWages(ctx, oews)
      unmatched += w.unmatched
      ctx.addTableSource('wages', 'oews', oews.release, basename(file), w.rows)
      ctx.step('Joining wages', basename(file), oews.rows.length)
    }
    if (options.oewsIndustry?.length) {
      const w = writeIndustryWages(ctx, options.oewsIndustry, nationalRelease)
      for (const f of options.oewsIndustry) recordFile(ctx, 'oews-industry', w.release, f, w.rowsRead(f))
      const files = options.oewsIndustry.map((f) => basename(f)).join(', ')
      ctx.addTableSource('industry_wages', 'oews-industry', w.release, files, w.rows)
      ctx.step('Industry wages', files, w.rows)
    }
    if (options.ep) {
      const file = pathOf(options.ep)
      const ep = await epJob!
      recordFile(ctx, 'ep', ep.release, file, ep.rows.length)
      const p = writeProjections(ctx, ep)
      unmatched += p.unmatched
      ctx.addTableSource('projections', 'ep', ep.release, basename(file), p.rows)
      const rule = applyBrightOutlook(ctx)
      if (rule) extra.bright_outlook_rule = rule
      ctx.step('Joining projections', basename(file), ep.rows.length)
    }
    if (options.clusters) {
      const rows = await readClusters(options.clusters)
      recordFile(ctx, 'clusters', 'O*NET Career Clusters', options.clusters, rows.length)
      const c = writeClusters(ctx, rows)
      if (c.skipped) extra.clusters_skipped = String(c.skipped)
      ctx.addTableSource('clusters', 'clusters', 'O*NET Career Clusters', basename(options.clusters), c.rows)
      ctx.step('Career clusters', basename(options.clusters), rows.length)
    }
    if (options.cipCrosswalk) {
      const pairs = await readCipCrosswalk(options.cipCrosswalk)
      recordFile(ctx, 'cip', 'CIP 2020-SOC 2018', options.cipCrosswalk, pairs.length)
      const titles = options.cipCodes ? await readCipCodes(options.cipCodes) : null
      if (options.cipCodes && titles) recordFile(ctx, 'cip', 'CIP 2020', options.cipCodes, titles.size)
      const n = writePrograms(ctx, pairs, titles)
      ctx.addTableSource('programs', 'cip', 'CIP 2020-SOC 2018', basename(options.cipCrosswalk), n)
      ctx.step('College programs', basename(options.cipCrosswalk), pairs.length)
    }
    // The search index needs the O*NET tables, the national wages (its row order) and the
    // programs, not the area wages: built now, it runs while the area thread reads ahead.
    buildSearchIndex(db)
    ctx.step('Search index', '', 0)
    if (options.oewsArea?.length) {
      // Every workbook the reader thread was given has been read by now (O*NET, OEWS, EP).
      await parkXlsxWorker()
      collectGarbage()
      await areaStart
      await area.rows?.ready
      const a = writeAreaWages(ctx, options.oewsArea, nationalRelease, area.rows?.filesOf)
      // The reader thread's memory is returned before the indexes and the checksum need theirs.
      await area.rows?.close()
      collectGarbage()
      for (const f of options.oewsArea) recordFile(ctx, 'oews-area', a.release, f, a.rowsRead(f))
      const files = options.oewsArea.map((f) => basename(f)).join(', ')
      ctx.addTableSource('area_wages', 'oews-area', a.release, files, a.rows)
      ctx.step('Area wages', files, a.rows)
    }
    writeTableSources(ctx)
    createPackIndexes(db)
    db.exec('COMMIT')
    ctx.checkAbort()
    // Every page is written: the checksum reads each table once, so a small page cache does
    // (the build's 32 MB is returned; peak memory goal 500 MB).
    db.pragma('cache_size = -2048')
    db.pragma('shrink_memory')
    collectGarbage()
    const builtAt = (options.now ?? (() => new Date()))().toISOString()
    const name =
      options.name ??
      defaultName(
        releases.map((r) => r.label),
        ctx,
      )
    const { counts, checksum } = writeManifest(ctx, { name, builtAt, extra })
    finishPackDb(db)
    ctx.checkAbort()
    renameSync(tmp, options.out)
    control.onProgress?.({ stage: 'Done', file: basename(options.out), rowsRead: 0, fraction: 1 })
    return {
      file: options.out,
      counts,
      contentChecksum: checksum,
      unmatchedBls: unmatched,
      ms: Date.now() - started,
      ...(report ? { official: report } : {}),
    }
  } catch (e) {
    if (db.open) db.close()
    if (existsSync(tmp)) rmSync(tmp, { force: true })
    throw e
  } finally {
    area.building = false
    await area.rows?.close()
    await releaseWorker()
  }
}

/** Adds what the official downloads hold to the options; explicit options win over found files. */
function withOfficial(
  given: BuildOptions,
  staging: string,
): { options: BuildOptions; report?: OfficialReport } {
  if (!given.official?.length) return { options: given }
  const plan = planOfficial(given.official)
  const explicit: [keyof OfficialPlan, unknown][] = [
    ['oews', given.oews],
    ['ep', given.ep],
    ['cip', given.cipCrosswalk],
    ['cipCodes', given.cipCodes],
    ['clusters', given.clusters],
  ]
  for (const [key, value] of explicit) {
    const found = plan[key] as PlannedFile | undefined
    if (!value || !found) continue
    const r = plan.report.files.find((f) => f.file === found.label)
    if (r) Object.assign(r, { status: 'skipped', note: 'Not used: an explicit option names another file.' })
    delete plan[key]
  }
  // Area and industry files add up: explicit ones replace every one found.
  for (const [key, value] of [
    ['oewsArea', given.oewsArea],
    ['oewsIndustry', given.oewsIndustry],
  ] as const) {
    if (!value?.length || !plan[key]) continue
    for (const f of plan[key]) {
      const r = plan.report.files.find((x) => x.file === f.label)
      if (r) Object.assign(r, { status: 'skipped', note: 'Not used: an explicit option names other files.' })
    }
    delete plan[key]
  }
  const found = planBuildOptions(plan, staging)
  return {
    report: plan.report,
    options: {
      ...given,
      onet: [...given.onet, ...found.onet],
      oews: given.oews ?? found.oews,
      ep: given.ep ?? found.ep,
      cipCrosswalk: given.cipCrosswalk ?? found.cipCrosswalk,
      cipCodes: given.cipCodes ?? found.cipCodes,
      clusters: given.clusters ?? found.clusters,
      oewsArea: given.oewsArea?.length ? given.oewsArea : found.oewsArea,
      oewsIndustry: given.oewsIndustry?.length ? given.oewsIndustry : found.oewsIndustry,
    },
  }
}

/** Starts work now and awaits it later; a failure surfaces at the await, not as an unhandled rejection. */
function early<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {})
  return p
}

function recordFile(ctx: BuildContext, kind: string, release: string, file: string, rows: number): void {
  ctx.addSource({
    kind: ctx.kind(kind),
    release,
    file: basename(file),
    sha256: sha256File(file),
    rows,
  })
}

function defaultName(onet: string[], ctx: BuildContext): string {
  const bls = ctx.tableSources
    .filter((s) => s.table === 'wages' || s.table === 'projections')
    .map((s) => s.release)
  return [onet[0], ...bls].filter(Boolean).join(' + ')
}
