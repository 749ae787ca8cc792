import { useCallback, useEffect, useState } from 'react'
import type { HomeAreaSettings } from '../../../../shared/api/settings'
import { ApiFailure, call } from '../../api'

/**
 * The counselor's home state and, optionally, metro area: profiles, comparisons, browse and the
 * printed reports show its wages beside the national ones. Only areas the installed pack holds
 * are offered.
 */
export function HomeAreaPanel() {
  const [h, setH] = useState<HomeAreaSettings | null>(null)
  const [state, setState] = useState('')
  const [metro, setMetro] = useState('')
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  const take = useCallback((next: HomeAreaSettings) => {
    setH(next)
    setState(next.state?.code ?? '')
    setMetro(next.metro?.code ?? '')
  }, [])
  useEffect(() => {
    call('settings.homeArea', {}).then(take, () => undefined)
  }, [take])

  if (!h) return null
  const stateOption = h.states.find((s) => s.code === state)
  const metros = stateOption
    ? h.metros.filter(
        (m) =>
          m.state === stateOption.state ||
          (m.title.split(',').pop() ?? '').split(/[-\s]+/).includes(stateOption.state),
      )
    : []
  const save = async () => {
    setMessage(null)
    try {
      const next = await call('settings.setHomeArea', { state: state || null, metro: metro || null })
      take(next)
      setMessage({
        kind: 'ok',
        text: next.state
          ? `Home area saved: ${[next.metro?.title, next.state.title].filter(Boolean).join(', ')}.`
          : 'No home area: only national wages are shown.',
      })
    } catch (e) {
      setMessage({
        kind: 'error',
        text: e instanceof ApiFailure ? `${e.message} ${e.error.fix ?? ''}` : 'Something went wrong.',
      })
    }
  }
  return (
    <section className="panel settings-form" aria-labelledby="home-area-h">
      <h2 id="home-area-h">Home area for local wages</h2>
      <p className="muted">
        Profiles, comparisons, browse and printed reports show wages for this area beside the national figures
        {h.release ? ` (BLS ${h.release})` : ''}.
      </p>
      {h.note ? <p className="note">{h.note}</p> : null}
      {h.states.length ? (
        <>
          <p>
            <label htmlFor="home-state">Home state</label>
            <br />
            <select
              id="home-state"
              value={state}
              onChange={(e) => {
                setState(e.target.value)
                setMetro('')
              }}
            >
              <option value="">None (national figures only)</option>
              {h.states.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.title}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="home-metro">Metro or nonmetropolitan area (optional)</label>
            <br />
            <select
              id="home-metro"
              value={metro}
              disabled={!metros.length}
              onChange={(e) => setMetro(e.target.value)}
            >
              <option value="">
                {metros.length ? 'None (state figures)' : 'No metro areas for this state in the pack'}
              </option>
              {metros.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.title}
                </option>
              ))}
            </select>
          </p>
          <button type="button" onClick={save}>
            Save home area
          </button>
        </>
      ) : null}
      {message ? (
        <p
          className={message.kind === 'error' ? 'error-box' : 'note'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  )
}
