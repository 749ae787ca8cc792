import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BuildOptions } from '../services/packs/build/types'

/** Arguments of `npm run pack` (see pack.ts); no service imports, so it loads instantly. */
export class Usage extends Error {}

export const USAGE = `Usage:
  npm run pack -- build --onet <dir|zip> [--onet <dir|zip> [--onet-release 30.1]] [--oews <xlsx>] [--ep <xlsx>]
                        [--cip <xlsx|csv>] [--cip-codes <csv>] [--clusters <csv>] [--name <text>] --out <file.capack>
                        [--oews-area <state|MSA|BOS|all-data xlsx|csv|zip> ...] [--oews-industry <nat3d|nat4d xlsx|csv|zip> ...]
  npm run pack -- check <file.capack>
  npm run pack -- install <file.capack> [--data-dir <dir>]
  npm run pack -- rollback [--data-dir <dir>]`

export interface ParsedArgs {
  command: string
  positional: string[]
  flags: Map<string, string[]>
}

const VALUED = new Set([
  'onet',
  'onet-release',
  'oews',
  'ep',
  'cip',
  'cip-codes',
  'clusters',
  'name',
  'out',
  'data-dir',
  'oews-area',
  'oews-industry',
])

export function parseArgs(argv: string[]): ParsedArgs {
  const [command = '', ...rest] = argv
  const flags = new Map<string, string[]>()
  const positional: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string
    if (!a.startsWith('--')) {
      positional.push(a)
      continue
    }
    const [key, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    if (!VALUED.has(key)) throw new Usage(`Unknown option --${key}.`)
    const value = inline ?? rest[++i]
    if (value === undefined || value.startsWith('--')) throw new Usage(`--${key} needs a value.`)
    // --onet-release names the --onet given just before it.
    if (key === 'onet-release') {
      const list = flags.get('onet')
      if (!list?.length) throw new Usage('--onet-release must follow the --onet it names.')
      list[list.length - 1] = `${list[list.length - 1]}\0${value}`
      continue
    }
    flags.set(key, [...(flags.get(key) ?? []), value])
  }
  return { command, positional, flags }
}

export const one = (a: ParsedArgs, key: string) => {
  const v = a.flags.get(key)
  if (v && v.length > 1) throw new Usage(`Give --${key} only once.`)
  return v?.[0] ? resolve(v[0]) : undefined
}

export function buildOptionsFrom(a: ParsedArgs): BuildOptions {
  const onet = a.flags.get('onet') ?? []
  if (!onet.length) throw new Usage('Give at least one --onet release folder or zip.')
  const out = one(a, 'out')
  if (!out) throw new Usage('Give --out <file.capack>, where the pack is written.')
  return {
    out,
    name: a.flags.get('name')?.[0],
    onet: onet.map((o) => {
      const [path, release] = o.split('\0') as [string, string | undefined]
      return release ? { path: resolve(path), release } : resolve(path)
    }),
    oews: one(a, 'oews'),
    ep: one(a, 'ep'),
    cipCrosswalk: one(a, 'cip'),
    cipCodes: one(a, 'cip-codes'),
    clusters: one(a, 'clusters'),
    ...(a.flags.get('oews-area') ? { oewsArea: a.flags.get('oews-area')!.map((p) => resolve(p)) } : {}),
    ...(a.flags.get('oews-industry')
      ? { oewsIndustry: a.flags.get('oews-industry')!.map((p) => resolve(p)) }
      : {}),
  }
}

/** The app's data folder, as Electron names it for this platform (CAREER_ATLAS_DATA_DIR wins). */
export function defaultDataDir(): string {
  if (process.env.CAREER_ATLAS_DATA_DIR) return process.env.CAREER_ATLAS_DATA_DIR
  // Electron names the folder after package.json's productName.
  const app = 'Career Atlas'
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData/Roaming'), app, 'data')
  if (process.platform === 'darwin') return join(homedir(), 'Library/Application Support', app, 'data')
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), app, 'data')
}
