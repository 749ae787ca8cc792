/**
 * The text of a file a counselor picked. Student lists come from Excel and student-information
 * systems on Windows as often as not, saved as Windows-1252 rather than UTF-8: read as UTF-8,
 * "José" would become "Jos\uFFFD" and be stored that way for good. UTF-8 (with or without a BOM)
 * when the bytes are valid UTF-8, UTF-16 when a BOM says so, otherwise Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return windows1252(bytes)
  }
}

// Bytes 0x80–0x9F in Windows-1252 (curly quotes, dashes, €…); undefined ones keep their code.
// Written out because Node 20's TextDecoder('windows-1252') decodes them as Latin-1 control codes.
const HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'

function windows1252(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : String.fromCharCode(b)
  return out
}
