import { describe, expect, it } from 'vitest'
import { decodeText } from '../../shared/decode-text'

describe('decodeText (a picked student list)', () => {
  const line = 'Núñez, José — “Zoë”'
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(Buffer.from(line, 'utf8'))).toBe(line)
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line, 'utf8')]))).toBe(line)
  })
  it('reads a Windows-1252 file from Excel as the names it holds, not as replacement characters', () => {
    // 0x97 is an em dash and 0x93/0x94 curly quotes in Windows-1252 (control codes in Latin-1).
    const bytes = Buffer.concat([
      Buffer.from('Núñez, José ', 'latin1'),
      Buffer.from([0x97, 0x20, 0x93]),
      Buffer.from('Zoë', 'latin1'),
      Buffer.from([0x94]),
    ])
    expect(decodeText(bytes)).toBe(line)
  })
  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]))).toBe(line)
  })
})
