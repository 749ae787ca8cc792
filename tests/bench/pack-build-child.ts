// Child process for pack.bench.ts: builds the national pack and reports time, peak memory of
// this whole process (main thread plus the workbook reader thread) and CPU seconds of the main
// thread and of the whole process (so a loaded machine can be told from a slow build).
import { existsSync, readFileSync } from 'node:fs'
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { nationalSources } from '../support/national-sources'
import { SHARED_DATA } from '../support/tmp'

const out = process.argv[2]
const areaFiles = process.argv.slice(3)
if (!out) throw new Error('usage: pack-build-child <out.sqlite> [<OEWS area file> ...]')

function mainThreadCpu(): number {
  const file = `/proc/self/task/${process.pid}/stat`
  if (!existsSync(file)) return Number.NaN
  const s = readFileSync(file, 'utf8')
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
  return (Number(f[11]) + Number(f[12])) / 100
}

const main0 = mainThreadCpu()
const all0 = process.cpuUsage()
// Where the time goes: wall time between progress events, summed per stage.
const stages: Record<string, number> = {}
let last = performance.now()
const onProgress = (p: { stage: string }) => {
  const now = performance.now()
  stages[p.stage] = Math.round((stages[p.stage] ?? 0) + now - last)
  last = now
}
buildPack({ ...nationalSources(SHARED_DATA, out), oewsArea: areaFiles }, { onProgress }).then((r) => {
  const all = process.cpuUsage(all0)
  const round = (n: number) => Math.round(n * 100) / 100
  const line = {
    ms: r.ms,
    maxRssKb: process.resourceUsage().maxRSS,
    mainCpuS: round(mainThreadCpu() - main0),
    totalCpuS: round((all.user + all.system) / 1e6),
    stages,
  }
  process.stdout.write(`${JSON.stringify(line)}\n`)
})
