import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { BuildOptions } from '../build/types'
import type { OnetSourceOption } from '../readers/onet-release'
import type { OfficialPlan, PlannedFile } from './plan'
import { readRef } from './scan'

/**
 * Turns a plan into builder options. O*NET files are read where they are (folder or zip); the
 * BLS/NCES readers take a file path whose extension says its format, so a file inside a zip, or
 * renamed to another extension, is copied into `staging` first under its own name.
 */
export function planBuildOptions(
  plan: OfficialPlan,
  staging: string,
): Pick<
  BuildOptions,
  'onet' | 'oews' | 'ep' | 'cipCrosswalk' | 'cipCodes' | 'clusters' | 'oewsArea' | 'oewsIndustry'
> {
  const onet: OnetSourceOption[] = plan.onet.map((r) => ({
    path: firstContainer(r) ?? staging,
    release: r.version,
    date: r.date,
    files: r.files,
  }))
  const path = (f: PlannedFile | undefined) => (f ? readablePath(f, staging) : undefined)
  const withRelease = (f: PlannedFile | undefined) => {
    const p = path(f)
    return p ? { path: p, release: f?.release } : undefined
  }
  return {
    onet,
    oews: withRelease(plan.oews),
    ep: path(plan.ep),
    cipCrosswalk: path(plan.cip),
    cipCodes: path(plan.cipCodes),
    clusters: path(plan.clusters),
    oewsArea: plan.oewsArea?.map((f) => readablePath(f, staging)),
    oewsIndustry: plan.oewsIndustry?.map((f) => readablePath(f, staging)),
  }
}

function firstContainer(r: OfficialPlan['onet'][number]): string | undefined {
  return Object.values(r.files)[0]?.ref.path
}

function readablePath(f: PlannedFile, staging: string): string {
  const name = basename(f.ref.entry ?? f.ref.path)
  const want = f.format === 'xlsx' ? '.xlsx' : f.format === 'csv' ? '.csv' : '.txt'
  const ext = extname(name).toLowerCase()
  if (!f.ref.entry && ext === want) return f.ref.path
  mkdirSync(staging, { recursive: true })
  const target = join(staging, ext === want ? name : `${name}${want}`)
  if (f.ref.entry) writeFileSync(target, readRef(f.ref))
  else copyFileSync(f.ref.path, target)
  return target
}
