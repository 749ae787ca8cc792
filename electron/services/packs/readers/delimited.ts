import { parse } from 'csv-parse/sync'
import { FIX_OFFICIAL, packInvalid } from './problem'
import type { RawTable } from './table'
import { decodeUtf8 } from './text-decode'

/**
 * Reads a tab-delimited (O*NET text) or comma-separated (O*NET 30.3, NCES, BLS export) file.
 * O*NET text files carry bare double quotes inside fields (inch marks, titles), so quoting is
 * off for tabs; every tab file record is then exactly one line.
 */
export function readDelimited(buf: Uint8Array, file: string, delimiter: '\t' | ','): RawTable {
  const text = decodeUtf8(buf, file)
  const lines: number[] = []
  let records: string[][]
  try {
    records = parse(text, {
      delimiter,
      quote: delimiter === '\t' ? false : '"',
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (rec: string[], ctx: { lines: number }) => {
        lines.push(ctx.lines)
        return rec
      },
    }) as string[][]
  } catch (e) {
    const err = e as Error & { lines?: number }
    throw packInvalid(
      file,
      err.lines ? `line ${err.lines}` : null,
      `the file cannot be read as ${delimiter === '\t' ? 'tab-delimited' : 'comma-separated'} text (${err.message.replace(/^Invalid Record Length: /, '')}).`,
      FIX_OFFICIAL,
    )
  }
  const header = records.shift()
  lines.shift()
  if (!header) throw packInvalid(file, null, 'the file is empty.', FIX_OFFICIAL)
  return { file, header: header.map((h) => h.trim()), rows: records, where: (i) => `line ${lines[i] ?? '?'}` }
}
