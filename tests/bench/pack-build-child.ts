// Child process for pack.bench.ts: builds the national pack and reports time, peak memory of
// this whole process (main thread plus the workbook reader thread) and CPU seconds per busy
// thread (from /proc, so a loaded machine can be told from a slow build) as one JSON line.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { nationalSources } from '../support/national-sources'
import { SHARED_DATA } from '../support/tmp'

const out = process.argv[2]
if (!out) throw new Error('usage: pack-build-child <out.sqlite>')

function threadCpu(): Record<string, number> {
  if (!existsSync('/proc/self/task')) return {}
  const out: Record<string, number> = {}
  for (const tid of readdirSync('/proc/self/task')) {
    const s = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
    out[tid] = (Number(f[11]) + Number(f[12])) / 100
  }
  return out
}

const before = threadCpu()
buildPack(nationalSources(SHARED_DATA, out)).then((r) => {
  const after = threadCpu()
  const cpu = Object.entries(after)
    .map(([tid, s]) => s - (before[tid] ?? 0))
    .filter((s) => s > 0.2)
    .sort((a, b) => b - a)
    .map((s) => Math.round(s * 100) / 100)
  process.stdout.write(
    `${JSON.stringify({ ms: r.ms, maxRssKb: process.resourceUsage().maxRSS, threadCpuS: cpu })}\n`,
  )
})
