import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { protocol } from 'electron'

/**
 * The renderer is served from app://career-atlas/, never file://. A file:// URL carries the
 * install path (percent-encoded, backslashes on Windows), so comparing it with a path is
 * fragile; a fixed origin of our own is compared exactly, and only our files are behind it.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'career-atlas'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** Must run before the app is ready: a standard, secure scheme gets origins, fetch and module scripts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** True when `url` belongs to our own origin (parsed, never a string prefix). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.port === ''
  } catch {
    return false
  }
}

/** Answers app://career-atlas/<path> with files below `rendererDir`, and nothing else. */
export function serveRenderer(
  rendererDir: string,
  pages: Record<string, { type: string; body: string }> = {},
): void {
  const root = normalize(rendererDir)
  protocol.handle(APP_SCHEME, async (request) => {
    const notFound = () => new Response('Not found', { status: 404 })
    if (!isAppUrl(request.url) || request.method !== 'GET') return notFound()
    let rel: string
    try {
      rel = decodeURIComponent(new URL(request.url).pathname)
    } catch {
      return notFound()
    }
    const page = Object.hasOwn(pages, rel) ? pages[rel] : undefined
    if (page) return new Response(page.body, { headers: { 'content-type': page.type } })
    const file = normalize(join(root, rel === '/' ? 'index.html' : rel))
    if (!file.startsWith(root + sep)) return notFound()
    try {
      const body = await readFile(file)
      return new Response(new Uint8Array(body), {
        headers: {
          'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'x-content-type-options': 'nosniff',
        },
      })
    } catch {
      return notFound()
    }
  })
}
