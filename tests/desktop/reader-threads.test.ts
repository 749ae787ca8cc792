import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MessageChannel, Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { threadScript } from '../../electron/services/packs/readers/thread-script'
import { areaTable, FIXTURE_STATES, writeOewsWorkbook } from '../support/oews-fixtures'
import { tempDir } from '../support/tmp'
import { type Install, install } from './launch'

// The pack builder reads workbooks in threads of their own (readers/xlsx-pool.ts,
// readers/row-prefetch.ts). In the installed app their scripts must be in the bundle, where the
// builder's chunk looks for them: without them every workbook was read on the build's main
// thread, silently (the speed work reached the command line and the bench, never a counselor).
describe('reader threads in the installed app', () => {
  let inst: Install
  const t = tempDir('ca-threads-')
  let states = ''
  beforeAll(async () => {
    inst = install()
    states = await writeOewsWorkbook(
      join(t.dir, 'state_M2025_dl.xlsx'),
      'state_M2025_dl',
      areaTable({ areas: FIXTURE_STATES.slice(0, 1) }),
    )
  })
  afterAll(() => {
    inst?.cleanup()
    t.cleanup()
  })

  it('the builder chunk finds both thread scripts, and the area thread reads a state workbook', async () => {
    const chunks = join(inst.appPath, 'out/main/chunks')
    expect(threadScript('xlsx-sheet', chunks)).toBe(join(inst.appPath, 'out/main/xlsx-sheet.js'))
    const script = threadScript('xlsx-rows-worker', chunks)
    expect(script).toBe(join(inst.appPath, 'out/main/xlsx-rows-worker.js'))
    const thread = new Worker(script!)
    try {
      await new Promise((resolve) => thread.once('message', resolve))
      const { port1, port2 } = new MessageChannel()
      const ctl = new Int32Array(new SharedArrayBuffer(12))
      const lines: string[] = []
      const end = await new Promise<unknown>((resolve) => {
        port1.on('message', (m: { rows?: string; end?: unknown; error?: string }) => {
          if (m.rows) lines.push(...m.rows.split('\x1e'))
          if (m.end || m.error) resolve(m.end ?? m.error)
        })
        thread.postMessage({ input: new Uint8Array(readFileSync(states)), port: port2, ctl }, [port2])
      })
      port1.close()
      expect(end).toMatchObject({ found: true })
      expect(lines.some((l) => l.split('\x1f').includes('29-2072'))).toBe(true)
    } finally {
      await thread.terminate()
    }
  })
})
