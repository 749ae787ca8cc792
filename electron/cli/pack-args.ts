import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BuildOptions } from '../services/packs/build/types'

/** Arguments of `npm run pack` (see pack.ts); no service imports, so it loads instantly. */
export class Usage extends Error {}

export const USAGE = `Usage:
  npm run pack -- build --onet <dir|zip> [--onet <dir|zip> [--onet-release 30.1]] [--oews <xlsx>] [--ep <xlsx>]
                        [--cip <xlsx|csv>] [--cip-codes <csv>] [--clusters <csv>] [--name <text>] --out <file.capack>
                        [--oews-area <state|MSA|BOS|all-data xlsx|csv|zip> ...] [--oews-industry <nat3d|nat4d xlsx|csv|zip> ...]
  npm run pack -- build --official <folder|zip|file> [--official …] [any option above] --out <file.capack>
                        (each official download is recognised by its content; explicit options win)
  npm run pack -- check <file.capack>
  npm run pack -- install <file.capack> [--data-dir <dir>] [--key-file <file> | --catalog-only]
  npm run pack -- rollback [--data-dir <dir>] [--key-file <file> | --catalog-only]

  In a data folder whose student records are encrypted, install and rollback change the catalog
  only (saved careers are not compared) unless --key-file names a file holding the records key
  (64 hex digits).`

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
  'key-file',
  'official',
  'oews-area',
  'oews-industry',
])

/** Options without a value. */
const SWITCHES = new Set(['catalog-only'])

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
    if (SWITCHES.has(key) && inline === undefined) {
      flags.set(key, ['yes'])
      continue
    }
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
  const official = (a.flags.get('official') ?? []).map((p) => resolve(p))
  if (!onet.length && !official.length)
    throw new Usage('Give --official <folder of downloads>, or at least one --onet release folder or zip.')
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
    ...(official.length ? { official } : {}),
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
