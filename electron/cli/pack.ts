/**
 * Data packs from the command line, for a district IT person preparing one pack for every
 * counselor, with the same builder and the same validation as the app:
 *
 *   npm run pack -- build --onet <dir|zip> [--onet <dir|zip> [--onet-release 30.1]] …
 *                         [--oews <xlsx>] [--ep <xlsx>] [--cip <xlsx|csv>] [--cip-codes <csv>]
 *                         [--clusters <csv>] [--name <text>] --out <file.capack>
 *   npm run pack -- build --official <folder|zip|file> [--official …] [options above] --out <file.capack>
 *   npm run pack -- check <file.capack>
 *   npm run pack -- install <file.capack> [--data-dir <dir>]
 *   npm run pack -- rollback [--data-dir <dir>]
 *
 * Progress goes to stderr, the result to stdout; on failure the counselor-readable message
 * and its fix go to stderr and the exit code is 1 (2 for a usage mistake).
 */
import { resolve } from 'node:path'
import type { InstallResult, OfficialReport } from '../../shared/domain/packs'
import { UserError } from '../../shared/errors'
import { OFFICIAL_SOURCES, type OfficialSource } from '../../shared/official-sources'
import { createServices } from '../services'
import { buildPack } from '../services/packs/build/build-pack'
import type { BuildProgress } from '../services/packs/build/types'
import { installPack, rollbackPack } from '../services/packs/install/install'
import { precheckPackFile, validatePackDb } from '../services/packs/install/validate'
import { buildOptionsFrom, defaultDataDir, one, parseArgs, USAGE, Usage } from './pack-args'

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

function describeInstall(r: InstallResult): string {
  const lines = [
    `Installed “${r.pack.name}”: ${r.pack.occupations.toLocaleString('en-US')} occupations (built ${r.pack.builtAt}).`,
  ]
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
        precheckPackFile(resolve(file))
        const v = validatePackDb(resolve(file), file)
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
        const services = await createServices({
          dataDir,
          resourcesDir: resolve(__dirname, '../../resources'),
          appVersion: 'cli',
        })
        try {
          const r =
            a.command === 'install'
              ? installPack(services.ctx, resolve(file as string))
              : rollbackPack(services.ctx)
          io.out.write(`${describeInstall(r)}\n`)
        } finally {
          services.close()
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

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
