import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Bench, Measure } from './measure'

// `npm run bench [area ...]`: runs every tests/bench/<area>.bench.ts (or just the named areas)
// and prints one JSON line per measure, value last.
async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.includes(f.replace('.bench.ts', '')))
    .sort()
  for (const f of files) {
    const mod = (await import(join(__dirname, f))) as { default: Bench }
    await mod.default((m: Measure) => {
      const { value, ...rest } = m
      console.log(JSON.stringify({ ...rest, value }))
    })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
