import { describe, expect, it, vi } from 'vitest'
import { Speller } from '../../electron/services/search/speller'

const speller = () =>
  new Speller(
    new Map([
      ['nurse', 10],
      ['electrician', 5],
      ['electroencephalograph', 1],
    ]),
  )

describe('speller', () => {
  it('respells a near miss', () => {
    expect(speller().correct('nurce')).toEqual(['nurse'])
    expect(speller().correct('electrican')).toEqual(['electrician'])
  })

  it('does not look up the deletions of a word longer than any catalog word', () => {
    // A 1,000-letter word has a million two-letter deletions: seconds of work for nothing.
    const s = speller()
    const lookups = vi.spyOn((s as unknown as { deletes: Map<string, string[]> }).deletes, 'get')
    expect(s.correct('ab'.repeat(500))).toEqual([])
    expect(s.correct('x'.repeat(24))).toEqual([])
    expect(lookups).not.toHaveBeenCalled()
    // Two letters past the longest word can still be a typo of it.
    expect(s.correct('electroencephalographss')).toEqual(['electroencephalograph'])
  })
})
