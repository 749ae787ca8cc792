import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { ServiceContext } from '../context'
import { buildPack } from './build/build-pack'
import type { BuildOptions } from './build/types'
import { processAlive } from './install/store'

/**
 * On first start (no catalog.sqlite), builds the catalog from resources/starter-pack with the
 * same builder that reads official releases. The builder writes a temp file beside the catalog
 * and renames it into place, so a crash mid-build leaves no half-written catalog.
 */
export async function ensureStarterCatalog(ctx: ServiceContext): Promise<void> {
  if (ctx.catalog.exists()) return
  const options = starterBuildOptions(join(ctx.resourcesDir, 'starter-pack'), ctx.catalog.file)
  if (!options) return
  dropBuildLeftovers(ctx.catalog.file)
  await buildPack({ ...options, now: ctx.now })
  ctx.catalog.reopen()
}

/**
 * A first start that ended mid-build (the window closed, a crash) left the builder's temp file
 * and staging folder beside the catalog; nothing else removes them, and each start that ends so
 * would leave another. Only a dead builder's: the name carries its process id.
 */
function dropBuildLeftovers(catalog: string): void {
  const dir = dirname(catalog)
  const left = new RegExp(`^${basename(catalog).replace(/\./g, '\\.')}\\.(?:building|staging)-(\\d+)-\\d+$`)
  for (const f of readdirSync(dir)) {
    const pid = Number(left.exec(f)?.[1])
    if (pid && pid !== process.pid && !processAlive(pid))
      rmSync(join(dir, f), { recursive: true, force: true })
  }
}

/** Build options for the starter pack folder, or null when it is not there (a bare checkout). */
export function starterBuildOptions(dir: string, out: string): BuildOptions | null {
  const onet = join(dir, 'onet')
  if (!existsSync(join(onet, 'Occupation Data.txt'))) return null
  const name = firstLine(join(onet, 'Read Me.txt')) ?? 'Career Atlas Starter Pack'
  const version = /(\d{4}\.\d+)/.exec(name)?.[1] ?? '0.0'
  const opt = (p: string) => (existsSync(p) ? p : undefined)
  return {
    out,
    name,
    starter: true,
    onet: [{ path: onet, release: version, label: name }],
    oews: optWith(opt(join(dir, 'bls/oews_national.csv')), oewsRelease(dir)),
    ep: opt(join(dir, 'bls/ep_table_1_2.csv')),
    cipCrosswalk: opt(join(dir, 'crosswalks/CIP2020_SOC2018_Crosswalk.csv')),
    cipCodes: opt(join(dir, 'crosswalks/CIPCode2020.csv')),
    clusters: opt(join(dir, 'crosswalks/All_Career_Clusters.csv')),
  }
}

function optWith(path: string | undefined, release: string | undefined) {
  return path ? { path, release } : undefined
}

function firstLine(file: string): string | null {
  if (!existsSync(file)) return null
  return readFileSync(file, 'utf8').split(/\r?\n/)[0]?.trim() || null
}

/** The CSV extract carries no date in its name; the starter README states the OEWS release. */
function oewsRelease(dir: string): string | undefined {
  const readme = join(dir, 'README.md')
  if (!existsSync(readme)) return undefined
  const m = /Wage\s+Statistics\s+\((May \d{4})\)/i.exec(readFileSync(readme, 'utf8'))
  return m ? `OEWS ${m[1]}` : undefined
}
