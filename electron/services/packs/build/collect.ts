import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * A full garbage collection around the area step and before the checksum. The live data of a
 * build is small (about 40 MB: the taxonomy, one table at a time), but each step leaves its rows
 * as garbage and V8 lets the heap grow to 200 MB before collecting it, which pushed the build past
 * its peak memory goal (500 MB with the all-states workbook). The O*NET steps need none since
 * their rows stay packed text (readers/table.ts): collections there cost ~0.1 s of main thread
 * for ~30 MB of peak. Node offers `gc` only behind --expose-gc: the flag
 * is set at run time and the function taken from a fresh context (where V8 installs it). Where
 * that is refused, collection is left to V8 as before.
 */
let gc: (() => void) | null | undefined

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      const fn = runInNewContext('typeof gc === "function" ? gc : null') as (() => void) | null
      gc = fn
    } catch {
      gc = null
    }
  }
  gc?.()
}
