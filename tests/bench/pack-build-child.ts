// Child process for pack.bench.ts: builds the national pack and reports time and peak memory
// of this whole process (main thread plus the workbook reader thread) as one JSON line.
import { buildPack } from '../../electron/services/packs/build/build-pack'
import { nationalSources } from '../support/national-sources'
import { SHARED_DATA } from '../support/tmp'

const out = process.argv[2]
if (!out) throw new Error('usage: pack-build-child <out.sqlite>')
buildPack(nationalSources(SHARED_DATA, out)).then((r) => {
  process.stdout.write(`${JSON.stringify({ ms: r.ms, maxRssKb: process.resourceUsage().maxRSS })}\n`)
})
