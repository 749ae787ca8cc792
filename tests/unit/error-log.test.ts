import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ErrorLog } from '../../electron/main/error-log'
import { tempDir } from '../support/tmp'

describe('the error log support asks for', () => {
  it('keeps the kind, code and stack of an error but not the quoted student text in its message', () => {
    const t = tempDir()
    const log = new ErrorLog(t.dir, '1.2.3')
    const e = Object.assign(new Error('UNIQUE constraint failed for "José Núñez" (note \'moved to Ohio\')'), {
      code: 'SQLITE_CONSTRAINT',
    })
    log.write('[students.create]', e)
    const text = readFileSync(join(t.dir, 'logs', 'error.log'), 'utf8')
    expect(text).toMatch(/ \[students\.create\] Career Atlas 1\.2\.3 /)
    expect(text).toContain('Error SQLITE_CONSTRAINT: UNIQUE constraint failed for "…"')
    expect(text).toMatch(/\n {4}at /)
    expect(text).not.toContain('Núñez')
    expect(text).not.toContain('Ohio')
    t.cleanup()
  })

  it('rotates at 512 KB and keeps three old files', () => {
    const t = tempDir()
    const log = new ErrorLog(t.dir, '1.2.3')
    for (let i = 0; i < 5; i++) {
      log.write('start-up', new Error(`failure ${i}`))
      writeFileSync(log.file, 'x'.repeat(600 * 1024), { flag: 'a' })
    }
    log.write('start-up', new Error('the newest failure'))
    expect(readdirSync(log.dir).sort()).toEqual(['error.log', 'error.log.1', 'error.log.2', 'error.log.3'])
    expect(readFileSync(log.file, 'utf8')).toContain('the newest failure')
    t.cleanup()
  })
})
