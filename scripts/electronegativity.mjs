// Runs Electronegativity over the Electron and renderer sources and fails on any HIGH or
// CRITICAL finding (npm test runs this). Works offline: the release lookup it attempts is optional.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const stage = mkdtempSync(join(tmpdir(), 'eneg-'))
const report = join(stage, 'report.csv')
try {
  cpSync('electron', join(stage, 'src/electron'), { recursive: true })
  cpSync('renderer/index.html', join(stage, 'src/renderer/index.html'))
  cpSync('package.json', join(stage, 'src/package.json'))
  const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version
  const run = spawnSync(
    'npx',
    ['electronegativity', '-i', join(stage, 'src'), '-e', electronVersion, '-r', '-v', 'false', '-o', report],
    { encoding: 'utf8' },
  )
  let rows
  try {
    rows = readFileSync(report, 'utf8').trim().split('\n').slice(1)
  } catch {
    console.error(run.stdout, run.stderr)
    console.error('Electronegativity produced no report.')
    process.exit(1)
  }
  const serious = rows.filter((r) => /^[A-Z_]+,"(HIGH|CRITICAL)"/.test(r))
  for (const r of rows) console.log(`  ${r.split(',').slice(0, 5).join(' ')}`)
  console.log(`Electronegativity: ${rows.length} findings, ${serious.length} high or critical.`)
  if (serious.length > 0) process.exit(1)
} finally {
  rmSync(stage, { recursive: true, force: true })
}
