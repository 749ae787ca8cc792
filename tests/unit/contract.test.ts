import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, methodNames } from '../../shared/api'
import { tempServices } from '../support/tmp'

describe('the API contract', () => {
  let s: Awaited<ReturnType<typeof tempServices>>
  beforeAll(async () => {
    s = await tempServices()
  })
  afterAll(() => s.cleanup())

  it('has exactly one handler for every method and no handler without a method', () => {
    expect(Object.keys(s.handlers).sort()).toEqual([...methodNames].sort())
  })

  it('gives every method an input schema', () => {
    for (const name of methodNames) expect(typeof api[name].input.safeParse, name).toBe('function')
  })

  it('answers an unknown method with a typed error, not a crash', async () => {
    const r = await s.call('students.dropAll', {})
    expect(r).toMatchObject({ ok: false, code: 'UNKNOWN_METHOD' })
  })

  it('refuses input of the wrong type before any service runs', async () => {
    const r = await s.call('catalog.profile', { code: 42 })
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' })
    if (!r.ok) expect(r.message).toMatch(/Code/)
  })
})
