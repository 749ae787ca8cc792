import { UserError } from '../../../../shared/errors'
import type { DB } from '../../db/open'
import type { OnetKind, OnetTable } from '../readers/onet-files'
import type { OnetRelease, OnetTableFile } from '../readers/onet-release'
import { FIX_OFFICIAL, packInvalid } from '../readers/problem'
import type { RawTable } from '../readers/table'
import type { BuildControl, SourceRecord } from './types'

/** What every build step shares: the open pack, the taxonomy read so far, and the bookkeeping. */
export class BuildContext {
  readonly codes = new Set<string>()
  readonly sources: SourceRecord[] = []
  readonly tableSources: { table: string; kind: string; release: string; file: string; rows: number }[] = []
  /** Files already hashed, so a file used by two tables is listed once. */
  private hashed = new Set<string>()
  private stepsDone = 0

  constructor(
    readonly db: DB,
    readonly control: BuildControl,
    readonly totalSteps: number,
    readonly starter: boolean,
  ) {}

  kind(k: string): string {
    return this.starter ? 'starter' : k
  }

  checkAbort(): void {
    if (this.control.signal?.aborted) {
      throw new UserError(
        'CANCELLED',
        'The pack build was cancelled. Nothing was installed.',
        'Start the build again when ready.',
      )
    }
  }

  step(stage: string, file: string, rowsRead: number): void {
    this.stepsDone++
    this.control.onProgress?.({
      stage,
      file,
      rowsRead,
      fraction: Math.min(1, this.stepsDone / this.totalSteps),
    })
    this.checkAbort()
  }

  addSource(s: SourceRecord): void {
    if (this.hashed.has(s.file)) return
    this.hashed.add(s.file)
    this.sources.push(s)
  }

  addTableSource(table: string, kind: string, release: string, file: string, rows: number): void {
    this.tableSources.push({ table, kind: this.kind(kind), release, file, rows })
  }

  /** The O*NET-SOC code of row i, which must be in the pack's taxonomy (Occupation Data). */
  code(t: RawTable, col: number, i: number): string {
    const code = (t.rows.at(i)?.[col] ?? '').trim()
    if (!this.codes.has(code)) {
      const problem = /^\d\d-\d{4}\.\d\d$/.test(code)
        ? `the occupation ${code} is not in this pack's Occupation Data, so the row cannot be placed.`
        : `"${code}" is not an O*NET-SOC code like 29-2072.00.`
      throw packInvalid(
        t.file,
        t.where(i),
        problem,
        `Combine releases that use the same O*NET-SOC taxonomy (2019 for 25.1 and later). ${FIX_OFFICIAL}`,
      )
    }
    return code
  }
}

/** The newest release holding each O*NET table. */
export interface PickedTable {
  release: OnetRelease
  file: OnetTableFile
}

export function pickNewest(releases: OnetRelease[], table: OnetTable): PickedTable | null {
  for (const release of releases) {
    const file = release.tables.get(table)
    if (file) return { release, file }
  }
  return null
}

export function kindOf(p: PickedTable): OnetKind {
  return p.file.kind
}
