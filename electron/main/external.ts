import { shell } from 'electron'

/** The publishers of the data the app shows; no other site is opened from the app. */
const ALLOWED_HOSTS = ['onetcenter.org', 'onetonline.org', 'bls.gov', 'nces.ed.gov']

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url)
    if (u.protocol !== 'https:' || u.username || u.password || u.port) return false
    return ALLOWED_HOSTS.some((h) => u.hostname === h || u.hostname.endsWith(`.${h}`))
  } catch {
    return false
  }
}

export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternal(url)) return false
  void shell.openExternal(url)
  return true
}
