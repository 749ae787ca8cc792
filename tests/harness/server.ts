import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createServices, type Services } from '../../electron/services'
import type { ServiceOptions } from '../../electron/services/context'
import { installHarnessApi } from './client'

/**
 * Development and test harness: the built renderer plus the real services over loopback HTTP,
 * so the whole app runs in a plain browser. Not part of the shipped product.
 */
export interface Harness {
  url: string
  origin: string
  token: string
  services: Services
  close: () => Promise<void>
}

const MAX_JSON = 2 * 1024 * 1024
const MAX_UPLOAD = 1024 * 1024 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

export async function startHarness(
  opts: ServiceOptions & { rendererDir: string; port?: number; services?: Services },
): Promise<Harness> {
  const services = opts.services ?? (await createServices(opts))
  const token = randomBytes(18).toString('hex')
  const uploads = join(opts.dataDir, 'uploads')
  mkdirSync(uploads, { recursive: true })
  // tsx (esbuild keepNames) may wrap functions in __name(); give the page a no-op for it.
  const clientJs = `var __name = (f) => f;\n(${installHarnessApi.toString()})();`
  let origin = ''

  const authorized = (req: IncomingMessage) =>
    (req.headers.cookie ?? '').split(/;\s*/).includes(`ca_token=${token}`)

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin)
      // A page on another origin (or a rebinding DNS name) must never reach the services.
      if (req.headers.host !== new URL(origin).host) return send(res, 403, 'Forbidden')
      if (req.method === 'GET' && url.pathname === '/' && url.searchParams.get('token') === token) {
        res.setHeader('set-cookie', `ca_token=${token}; HttpOnly; SameSite=Strict; Path=/`)
        return sendIndex(res, opts.rendererDir)
      }
      if (!authorized(req))
        return send(res, 401, 'Open the address printed by "npm run web" (it carries a token).')
      if (req.method !== 'GET' && req.headers.origin && req.headers.origin !== origin)
        return send(res, 403, 'Forbidden')

      if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html'))
        return sendIndex(res, opts.rendererDir)
      if (req.method === 'GET' && url.pathname === '/harness/api.js')
        return send(res, 200, clientJs, 'text/javascript; charset=utf-8')
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        const method = decodeURIComponent(url.pathname.slice(5))
        let input: unknown
        try {
          const text = (await readBody(req, MAX_JSON)).toString('utf8')
          input = text ? JSON.parse(text) : {}
        } catch (e) {
          return sendJson(res, { ok: false, code: 'VALIDATION', message: (e as Error).message })
        }
        return sendJson(res, await services.call(method, input))
      }
      if (req.method === 'GET' && url.pathname === '/events') return streamEvents(req, res, services)
      if (req.method === 'POST' && url.pathname === '/upload' && url.searchParams.has('batch')) {
        // A dropped folder or set of files: kept together, in its own layout, in one folder.
        const batch = url.searchParams.get('batch') ?? ''
        if (!/^[a-z0-9-]{1,40}$/.test(batch)) return send(res, 400, 'Bad batch')
        const parts = (url.searchParams.get('name') ?? 'upload.bin')
          .split(/[\\/]+/)
          .filter((p) => p && p !== '.' && p !== '..')
          .map((p) => p.replace(/[^\w .,()&-]+/g, '_'))
        const folder = join(uploads, `drop-${batch}`)
        const path = join(folder, ...(parts.length ? parts : ['upload.bin']))
        mkdirSync(dirname(path), { recursive: true })
        await receiveFile(req, path)
        return sendJson(res, { path, folder })
      }
      if (req.method === 'POST' && url.pathname === '/upload') {
        const name = basename(url.searchParams.get('name') ?? 'upload.bin').replace(/[^\w.-]+/g, '_')
        // A folder per upload keeps the counselor's file name as it was (messages name it).
        const folder = join(uploads, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`)
        mkdirSync(folder, { recursive: true })
        const path = join(folder, name)
        await receiveFile(req, path)
        return sendJson(res, { path })
      }
      if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
        const file = services.ctx.files.get(decodeURIComponent(url.pathname.slice(7)))
        const disposition = url.searchParams.has('download') ? 'attachment' : 'inline'
        res.writeHead(200, {
          'content-type': file.mime,
          'content-length': statSync(file.path).size,
          'content-disposition': `${disposition}; filename="${file.fileName.replace(/[^\w. -]+/g, '_')}"`,
        })
        const fileId = decodeURIComponent(url.pathname.slice(7))
        // A download is the browser's "save": as in the desktop app, the file then leaves generated/.
        if (disposition === 'attachment') res.on('finish', () => services.ctx.files.discard(fileId))
        // Printing and previewing, likewise: the desktop app deletes the file once its viewer holds it.
        if (url.searchParams.has('print') || url.searchParams.has('open'))
          res.on('finish', () => services.ctx.files.discard(fileId))
        return void createReadStream(file.path).pipe(res)
      }
      if (req.method === 'GET') return sendStatic(res, opts.rendererDir, url.pathname)
      send(res, 405, 'Method not allowed')
    } catch (e) {
      send(res, 500, (e as Error).message)
    }
  })

  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    services,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((ok) => server.close(() => ok()))
      if (!opts.services) services.close()
    },
  }
}

function sendIndex(res: ServerResponse, rendererDir: string): void {
  const file = join(rendererDir, 'index.html')
  if (!existsSync(file)) {
    send(res, 500, 'The renderer is not built: run "npm run build:renderer".')
    return
  }
  const html = readFileSync(file, 'utf8').replace(
    '<script',
    '<script src="/harness/api.js"></script>\n    <script',
  )
  send(res, 200, html, MIME['.html'])
}

function sendStatic(res: ServerResponse, root: string, pathname: string): void {
  const base = resolve(root)
  const path = normalize(join(base, decodeURIComponent(pathname)))
  if (!path.startsWith(base + sep) || !existsSync(path) || !statSync(path).isFile()) {
    send(res, 404, 'Not found')
    return
  }
  res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' })
  createReadStream(path).pipe(res)
}

function streamEvents(req: IncomingMessage, res: ServerResponse, services: Services): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  })
  res.write(': connected\n\n')
  const off = services.ctx.events.subscribe((e) => res.write(`data: ${JSON.stringify(e)}\n\n`))
  req.on('close', off)
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new Error('The request is too large.')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

async function receiveFile(req: IncomingMessage, path: string): Promise<void> {
  let size = 0
  req.on('data', (c: Buffer) => {
    size += c.length
    if (size > MAX_UPLOAD) req.destroy(new Error('The file is too large.'))
  })
  await pipeline(req, createWriteStream(path))
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff' })
  res.end(body)
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, JSON.stringify(value), 'application/json')
}
