/**
 * Data packs from the command line, for a district IT person preparing one pack for every
 * counselor, with the same builder and the same validation as the app:
 *
 *   npm run pack -- build --onet <dir|zip> [--onet <dir|zip> [--onet-release 30.1]] …
 *                         [--oews <xlsx>] [--ep <xlsx>] [--cip <xlsx|csv>] [--cip-codes <csv>]
 *                         [--clusters <csv>] [--name <text>] --out <file.capack>
 *   npm run pack -- build --official <folder|zip|file> [--official …] [options above] --out <file.capack>
 *   npm run pack -- check <file.capack>
 *   npm run pack -- install <file.capack> [--data-dir <dir>] [--key-file <file> | --catalog-only]
 *   npm run pack -- rollback [--data-dir <dir>] [--key-file <file> | --catalog-only]
 *
 * Progress goes to stderr, the result to stdout; on failure the counselor-readable message
 * and its fix go to stderr and the exit code is 1 (2 for a usage mistake).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { InstallResult, OfficialReport } from '../../shared/domain/packs'
import { UserError } from '../../shared/errors'
import { OFFICIAL_SOURCES, type OfficialSource } from '../../shared/official-sources'
import { createServices } from '../services'
import { CatalogHolder } from '../services/catalog/holder'
import { isPlaintextSqlite } from '../services/db/sqlite'
import { EventBus } from '../services/events'
import { buildPack } from '../services/packs/build/build-pack'
import type { BuildProgress } from '../services/packs/build/types'
import { checkPackFile } from '../services/packs/install/check-file'
import { installPack, type PackContext, rollbackPack } from '../services/packs/install/install'
import { validatePackDb } from '../services/packs/install/validate'
import type { KeyStore } from '../services/security/key-store'
import { buildOptionsFrom, defaultDataDir, one, type ParsedArgs, parseArgs, USAGE, Usage } from './pack-args'

function progressPrinter(err: NodeJS.WriteStream) {
  let lastLine = ''
  return (p: BuildProgress) => {
    const pct = `${Math.round(p.fraction * 100)}`.padStart(3)
    const rows = p.rowsRead ? ` — ${p.rowsRead.toLocaleString('en-US')} rows` : ''
    const line = `[${pct}%] ${p.stage}${p.file ? `: ${p.file}` : ''}${rows}`
    if (line === lastLine) return
    lastLine = line
    err.write(err.isTTY ? `\r\x1b[2K${line}` : `${line}\n`)
  }
}

function describeInstall(r: InstallResult, recordsOpened: boolean): string {
  const lines = [
    `Installed “${r.pack.name}”: ${r.pack.occupations.toLocaleString('en-US')} occupations (built ${r.pack.builtAt}).`,
  ]
  if (!recordsOpened) {
    lines.push(
      'Student records were not opened (they are encrypted; give --key-file to include them), so saved careers were not compared with this pack.',
    )
    return lines.join('\n')
  }
  const c = r.changes
  lines.push(
    c.items.length
      ? `What changed: ${c.items.length} of ${c.savedCareersChecked} saved careers, for ${c.studentsAffected} student(s). See the Data screen.`
      : `What changed: none of the ${c.savedCareersChecked} saved careers.`,
  )
  return lines.join('\n')
}

/** The files found, one line each: used, or why not. */
export function describeOfficial(r: OfficialReport): string {
  const lines = r.files.map((f) => {
    const what = f.what ? `${f.what}${f.release ? `, ${f.release}` : ''}. ` : ''
    const tail = f.status === 'used' ? what.trimEnd() : `${what}${f.note}`
    const tag = f.status === 'used' ? 'used      ' : f.status === 'not-needed' ? 'not needed' : 'skipped   '
    return `  ${tag}  ${f.file} — ${tail}`
  })
  const missing = r.missing
    .map((k) => OFFICIAL_SOURCES.find((s) => s.key === k))
    .filter((s): s is OfficialSource => !!s)
    .map((s) => `  not found  ${s.name} (${s.file}): adds ${s.adds}.`)
  return `Official files (recognised by content):\n${[...lines, ...missing].join('\n')}\n`
}

export async function main(
  argv: string[],
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  try {
    const a = parseArgs(argv)
    switch (a.command) {
      case 'build': {
        const options = buildOptionsFrom(a)
        const r = await buildPack(options, { onProgress: progressPrinter(io.err) })
        if (io.err.isTTY) io.err.write('\n')
        if (r.official) io.out.write(describeOfficial(r.official))
        const valid = validatePackDb(r.file, r.file)
        io.out.write(
          `Built ${r.file}: ${(valid.counts.occupations ?? 0).toLocaleString('en-US')} occupations in ${(r.ms / 1000).toFixed(1)} s; checksum ${valid.checksum.slice(0, 12)}…\n`,
        )
        if (r.unmatchedBls)
          io.out.write(
            `${r.unmatchedBls} BLS rows matched no O*NET occupation (listed in the pack's unmatched_bls table).\n`,
          )
        return 0
      }
      case 'check': {
        const file = a.positional[0]
        if (!file) throw new Usage('Name the pack file to check.')
        const v = checkPackFile(resolve(file), file)
        io.out.write(
          `${file} is a valid data pack: ${(v.counts.occupations ?? 0).toLocaleString('en-US')} occupations.\n`,
        )
        return 0
      }
      case 'install':
      case 'rollback': {
        const file = a.positional[0]
        if (a.command === 'install' && !file) throw new Usage('Name the pack file to install.')
        const dataDir = one(a, 'data-dir') ?? defaultDataDir()
        io.err.write(`Data folder: ${dataDir}\n`)
        const run = (ctx: PackContext) =>
          a.command === 'install' ? installPack(ctx, resolve(file as string)) : rollbackPack(ctx)
        const opened = await openForPacks(dataDir, a)
        try {
          const r = run(opened.ctx)
          io.out.write(`${describeInstall(r, opened.ctx.clients !== null)}\n`)
        } finally {
          opened.close()
        }
        return 0
      }
      default:
        throw new Usage(a.command ? `Unknown command “${a.command}”.` : 'Give a command.')
    }
  } catch (e) {
    if (e instanceof Usage) {
      io.err.write(`${e.message}\n${USAGE}\n`)
      return 2
    }
    if (e instanceof UserError) {
      io.err.write(`\n${e.message}\n${e.fix ? `${e.fix}\n` : ''}`)
      return 1
    }
    io.err.write(`\nFailed: ${(e as Error).message}\n`)
    return 1
  }
}

/**
 * The services an install or rollback needs. Plain records: the usual services (the
 * what-changed report is written). Encrypted records: with --key-file, the usual services
 * opened with that key; without it (or with --catalog-only), the catalog alone: the records
 * file is never opened, so a folder whose key only the desktop app can unwrap still gets its
 * pack.
 */
async function openForPacks(
  dataDir: string,
  a: ParsedArgs,
): Promise<{ ctx: PackContext; close: () => void }> {
  const keyFile = one(a, 'key-file')
  if (keyFile && a.flags.has('catalog-only'))
    throw new Usage('Give either --key-file or --catalog-only, not both.')
  const records = join(dataDir, 'clients.sqlite')
  const encrypted = existsSync(records) && !isPlaintextSqlite(records)
  if (a.flags.has('catalog-only') || (encrypted && !keyFile)) {
    const catalog = new CatalogHolder(dataDir)
    const ctx: PackContext = {
      dataDir,
      now: () => new Date(),
      catalog,
      events: new EventBus(),
      hooks: {},
      clients: null,
    }
    return { ctx, close: () => catalog.close() }
  }
  // A key given for plain records would encrypt them with it: refuse rather than surprise.
  if (keyFile && !encrypted)
    throw new Usage('The student records in this data folder are not encrypted: leave out --key-file.')
  const keyStore: KeyStore | undefined = keyFile ? commandLineKey(keyFile) : undefined
  const services = await createServices({
    dataDir,
    resourcesDir: resolve(__dirname, '../../resources'),
    appVersion: 'cli',
    keyStore,
  })
  return { ctx: services.ctx, close: () => services.close() }
}

function commandLineKey(file: string): KeyStore {
  const key = readHexKey(file, 'the key of these student records')
  return {
    ...readOnlyKey(key),
    // The disclosure chain's key is read from `disclosure-chain.key` beside the key file (where the
    // development key store keeps it), never made here: a new one would re-anchor the existing log
    // under the wrong key.
    sibling: (name) =>
      readOnlyKey(readHexKey(join(dirname(file), `${name}.key`), `the ${name} key (beside the key file)`)),
  }
}

function readOnlyKey(key: Buffer): KeyStore {
  return {
    describe: 'key given on the command line',
    load: () => key,
    save: () => {
      throw new Error('The command line never creates a key.')
    },
    sibling: () => {
      throw new Error('The command line has no further keys.')
    },
  }
}

function readHexKey(file: string, what: string): Buffer {
  let text: string
  try {
    text = readFileSync(file, 'utf8').trim()
  } catch {
    throw new UserError(
      'NOT_FOUND',
      `The key file “${file}” could not be read.`,
      'Check the path given to --key-file.',
    )
  }
  if (!/^[0-9a-fA-F]{64}$/.test(text))
    throw new UserError(
      'VALIDATION',
      `The key file “${file}” does not hold a key (64 hex digits).`,
      `Give the file that holds ${what}, or use --catalog-only.`,
    )
  return Buffer.from(text, 'hex')
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
