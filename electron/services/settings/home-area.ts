import type { HomeAreaSettings } from '../../../shared/api/settings'
import { UserError } from '../../../shared/errors'
import type { HomeArea } from '../catalog/local'
import { findArea, packAreas } from '../catalog/local'
import type { ServiceContext } from '../context'

const KEY = 'home_area'

/** The stored home area (app_settings 'home_area': {"state":"39","metro":"18140"}). */
export function storedHomeArea(ctx: ServiceContext): HomeArea | null {
  const row = ctx.clients.prepare('SELECT value FROM app_settings WHERE key = ?').get(KEY) as
    | { value: string }
    | undefined
  if (!row) return null
  try {
    const v = JSON.parse(row.value) as Partial<HomeArea>
    return {
      state: typeof v.state === 'string' ? v.state : null,
      metro: typeof v.metro === 'string' ? v.metro : null,
    }
  } catch {
    return null
  }
}

/** The stored home area, as far as the installed pack has it (a pack without it shows none). */
export function homeAreaFor(ctx: ServiceContext): HomeArea | null {
  const home = storedHomeArea(ctx)
  if (!home?.state || !ctx.catalog.exists()) return null
  return home
}

/** A metro area counts as in a state when it is its primary state or named in its title ("OH-KY-IN"). */
export function metroInState(metro: { title: string; state: string }, state: string): boolean {
  if (metro.state === state) return true
  const tail = metro.title.split(',').pop() ?? ''
  return tail
    .trim()
    .split(/[-\s]+/)
    .includes(state)
}

export function homeAreaSettings(ctx: ServiceContext): HomeAreaSettings {
  const home = storedHomeArea(ctx)
  const db = ctx.catalog.exists() ? ctx.catalog.get() : null
  const areas = db ? packAreas(db) : []
  const state = db && home?.state ? (findArea(db, home.state) ?? null) : null
  const metro = db && home?.metro ? (findArea(db, home.metro) ?? null) : null
  const missing = [
    home?.state && !state ? 'state' : null,
    home?.metro && !metro ? 'metro area' : null,
  ].filter(Boolean)
  return {
    state: state?.option ?? null,
    metro: metro?.option ?? null,
    states: areas
      .filter((a) => a.type === 'state' || a.type === 'territory')
      .sort((a, b) => a.title.localeCompare(b.title)),
    metros: areas.filter((a) => a.type === 'metro' || a.type === 'nonmetro'),
    release: state?.release ?? (db && areas.length ? (findArea(db, areas[0]!.code)?.release ?? null) : null),
    // A pack without any area wages offers nothing to choose: say so (and that the stored area is
    // kept for a pack that has it) rather than "choose again" with no list to choose from.
    note:
      areas.length === 0
        ? `The installed data pack has no state or metro wages${home?.state ? ', so national figures are shown; your home area is kept for a pack that has it' : ''}. Build a pack with the OEWS state workbook (state_M2025_dl.xlsx) on the Data screen to see local figures.`
        : missing.length
          ? `The home ${missing.join(' and ')} you chose is not in the installed data pack; ${state ? `figures for ${state.option.title}` : 'national figures'} are shown until you choose again.`
          : null,
  }
}

export function setHomeArea(
  ctx: ServiceContext,
  input: { state: string | null; metro?: string | null },
): HomeAreaSettings {
  const db = ctx.catalog.get()
  const metroCode = input.state ? (input.metro ?? null) : null
  const state = input.state ? findArea(db, input.state) : null
  if (input.state && (!state || (state.option.type !== 'state' && state.option.type !== 'territory')))
    throw new UserError(
      'VALIDATION',
      'That state is not in the installed data pack.',
      'Choose a state from the list.',
    )
  const metro = metroCode ? findArea(db, metroCode) : null
  if (metroCode && (!metro || metro.option.type === 'state' || metro.option.type === 'territory'))
    throw new UserError(
      'VALIDATION',
      'That metro area is not in the installed data pack.',
      'Choose a metro area from the list.',
    )
  if (metro && state && !metroInState(metro.option, state.option.state))
    throw new UserError(
      'VALIDATION',
      `${metro.option.title} is not in ${state.option.title}.`,
      'Choose a metro area of the home state, or none.',
    )
  if (!input.state) ctx.clients.prepare('DELETE FROM app_settings WHERE key = ?').run(KEY)
  else
    ctx.clients
      .prepare(
        'INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(KEY, JSON.stringify({ state: input.state, metro: metroCode }))
  return homeAreaSettings(ctx)
}
