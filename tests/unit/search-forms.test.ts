import { afterAll, describe, expect, it } from 'vitest'
import { WordForms } from '../../electron/services/search/forms'

const vocabulary = [
  'biology biological biologist biologists',
  'nursing nurse nurses',
  'welding welder welders',
  'pharmacy pharmacist pharmacists',
  'library librarian librarians',
  'electrical electrician electricians',
  'dentistry dentist dentists dental dents',
  'physics physicist physician',
  'surveying surveyor',
  'assistant assist',
].flatMap((line) => line.split(' '))
const forms = new WordForms(new Map(vocabulary.map((w, i) => [w, vocabulary.length - i])))
afterAll(() => forms.close())

describe('word forms (FTS5 porter stems, field and practitioner joined)', () => {
  it('meets a field and the people who practise it', () => {
    for (const [field, practitioner] of [
      ['biology', 'biologist'],
      ['welding', 'welder'],
      ['pharmacy', 'pharmacist'],
      ['library', 'librarian'],
      ['electrical', 'electrician'],
      ['dentistry', 'dentist'],
      ['surveying', 'surveyor'],
    ]) {
      expect(forms.relatives(field as string), field).toContain(practitioner)
      expect(forms.key(field as string), field).toBe(forms.key(practitioner as string))
    }
    expect(forms.relatives('nursing')).toEqual(expect.arrayContaining(['nurse', 'nurses']))
  })

  it('keeps apart words that only share letters', () => {
    expect(forms.key('physics')).not.toBe(forms.key('physician'))
    expect(forms.key('assistant')).not.toBe(forms.key('artist'))
    expect(forms.relatives('dentists')).not.toContain('dents')
  })

  it('stems words the catalog does not hold, and offers nothing a prefix already finds', () => {
    expect(forms.key('biologies')).toBe(forms.key('biology'))
    expect(forms.relatives('nurse')).not.toContain('nurses')
  })
})
