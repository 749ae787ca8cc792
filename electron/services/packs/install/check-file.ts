import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyDurable } from './durable'
import { rebuildSearchIndex } from './search-rebuild'
import { FIX_ALTERED, invalid, precheckPackFile, type ValidPack, validatePackDb } from './validate'

/**
 * Every check an install makes, without installing: on a private copy (the search index check
 * rebuilds the index, which must never touch the file being checked), removed afterwards.
 */
export function checkPackFile(file: string, name: string): ValidPack {
  precheckPackFile(file, name)
  const dir = mkdtempSync(join(tmpdir(), 'career-atlas-check-'))
  try {
    const copy = join(dir, 'pack.sqlite')
    copyDurable(file, copy)
    const valid = validatePackDb(copy, name)
    const planted = rebuildSearchIndex(copy)
    if (planted) throw invalid(name, planted, FIX_ALTERED)
    return valid
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
