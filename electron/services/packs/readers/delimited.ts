import { parse } from 'csv-parse/sync'
import { scanDelimited } from './delimited-fast'
import { FIX_OFFICIAL, packInvalid } from './problem'
import type { RawTable, Rows } from './table'
import { decodeUtf8 } from './text-decode'

type Delimiter = '\t' | ','

/**
 * Reads a tab-delimited (O*NET text) or comma-separated (O*NET 30.3, NCES, BLS export) file.
 * O*NET text files carry bare double quotes inside fields (inch marks, titles), so quoting is
 * off for tabs; every tab file record is then exactly one line.
 */
export function readDelimited(buf: Uint8Array, file: string, delimiter: Delimiter): RawTable {
  const text = decodeUtf8(buf, file)
  let header: string[] | undefined
  let rows: Rows
  try {
    const fast = scanDelimited(text, delimiter)
    if (fast) ({ header, rows } = fast)
    else {
      const records = parse(text, options(delimiter)) as string[][]
      header = records.shift()
      rows = records
    }
  } catch (e) {
    const err = e as Error & { lines?: number }
    throw packInvalid(
      file,
      err.lines ? `line ${err.lines}` : null,
      `the file cannot be read as ${delimiter === '\t' ? 'tab-delimited' : 'comma-separated'} text (${err.message.replace(/^Invalid Record Length: /, '')}).`,
      FIX_OFFICIAL,
    )
  }
  if (!header) throw packInvalid(file, null, 'the file is empty.', FIX_OFFICIAL)
  // Line numbers are only needed for a message, so they are worked out on the first one.
  let lines: number[] | null = null
  const where = (i: number) => {
    lines ??= recordLines(text, delimiter)
    return `line ${lines[i + 1] ?? '?'}`
  }
  return { file, header: header.map((h) => h.trim()), rows, where }
}

function options(delimiter: Delimiter) {
  return {
    delimiter,
    quote: delimiter === '\t' ? false : '"',
    relax_quotes: true,
    skip_empty_lines: true,
  } as const
}

/** The line each record ends on (a quoted CSV field may span lines). */
function recordLines(text: string, delimiter: Delimiter): number[] {
  const lines: number[] = []
  parse(text, {
    ...options(delimiter),
    relax_column_count: true,
    on_record: (rec: string[], ctx: { lines: number }) => {
      lines.push(ctx.lines)
      return rec
    },
  })
  return lines
}
