import { packInvalid } from './problem'

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes a source file as UTF-8 (dropping a BOM). O*NET and NCES publish UTF-8; a file saved in
 * another encoding by a spreadsheet program would garble titles silently, so it is refused with
 * the line of the first bad byte.
 */
export function decodeUtf8(buf: Uint8Array, file: string): string {
  try {
    const text = decoder.decode(buf)
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch {
    const at = firstInvalidByte(buf)
    let line = 1
    for (let i = 0; i < at; i++) if (buf[i] === 0x0a) line++
    throw packInvalid(
      file,
      `line ${line}`,
      'the file is not UTF-8 text (it was probably re-saved in another encoding).',
      'Use the original file from the official release, or save it again as "UTF-8" text.',
    )
  }
}

function firstInvalidByte(buf: Uint8Array): number {
  let lo = 0
  let hi = buf.length
  // Binary search on the longest valid prefix; a cut inside a multi-byte char is tolerated by stream mode.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true })
      lo = mid
    } catch {
      hi = mid - 1
    }
  }
  return lo
}
