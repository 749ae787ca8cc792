import { describe, expect, it } from 'vitest'
import { callOk, okCaller } from '../support/call-ok'

describe('callOk, the tests’ "call and expect success" helper', () => {
  it('returns the value of a call that succeeded', async () => {
    const services = { call: async () => ({ ok: true as const, value: { pong: true } }) }
    await expect(callOk(services, 'app.ping', {})).resolves.toEqual({ pong: true })
  })

  it('fails the test with the method, the error code, the message and the fix', async () => {
    const services = {
      call: async () => ({
        ok: false as const,
        code: 'NOT_FOUND',
        message: 'That student is no longer in your records.',
        fix: 'Refresh the list.',
      }),
    }
    await expect(okCaller(() => services)('students.get', { id: 7 })).rejects.toThrow(
      'students.get failed: NOT_FOUND That student is no longer in your records. (Refresh the list.)',
    )
  })

  it('sends {} for a method that takes no input, as the renderer does', async () => {
    const seen: unknown[] = []
    const services = {
      call: async (_m: string, input: unknown) => {
        seen.push(input)
        return { ok: true as const, value: null }
      },
    }
    await callOk(services, 'packs.current')
    expect(seen).toEqual([{}])
  })
})
