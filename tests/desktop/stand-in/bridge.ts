import { AsyncLocalStorage } from 'node:async_hooks'
import { readFileSync } from 'node:fs'
import type { Frame, Page } from 'playwright-core'

/** The frame a preload call came from, as Chromium reports it (Electron's event.senderFrame). */
export interface SenderFrame {
  url: string
  parent: object | null
}

export const currentFrame = new AsyncLocalStorage<SenderFrame>()

type Tree = { [k: string]: unknown }

/**
 * Runs the built preload (out/preload/index.js) in Node with a stand-in contextBridge and
 * ipcRenderer, and returns what it exposed. The preload is the real file: a channel name or a
 * method it forgets to expose breaks these tests as it would break the app.
 */
export function runPreload(file: string, ipcRenderer: object): Record<string, Tree> {
  const exposed: Record<string, Tree> = {}
  const contextBridge = {
    exposeInMainWorld: (key: string, value: Tree) => {
      exposed[key] = value
    },
  }
  const fakeRequire = (id: string) => {
    if (id === 'electron') return { contextBridge, ipcRenderer }
    throw new Error(`The sandboxed preload may not require ${id}`)
  }
  const mod = { exports: {} }
  new Function('require', 'module', 'exports', readFileSync(file, 'utf8'))(fakeRequire, mod, mod.exports)
  return exposed
}

/** The shape of the exposed object for the page: functions become markers, values are copied. */
function shapeOf(v: unknown): unknown {
  if (typeof v === 'function') return { __fn: true }
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shapeOf(x)]))
  return v
}

function at(tree: Tree, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o as Tree | undefined)?.[k], tree)
}

/**
 * Puts the preload's objects on `window` in the page. Every call crosses through a Playwright
 * binding, so the main process sees the calling frame's real URL (percent-encoded, app://…)
 * and whether it is a top frame. Callbacks (onEvent listeners) and returned functions
 * (unsubscribe) are carried as ids.
 */
export async function bridgePage(
  page: Page,
  exposed: Record<string, Tree>,
  frameUrl: (f: Frame) => string,
): Promise<void> {
  const returned = new Map<number, (...a: unknown[]) => unknown>()
  let nextId = 0
  await page.exposeBinding(
    '__standInInvoke',
    async (source, key: string, path: string[], args: unknown[]) => {
      const frame: SenderFrame = {
        url: frameUrl(source.frame),
        parent: source.frame.parentFrame() ? {} : null,
      }
      if (key === '__release') return returned.get(Number(path[0]))?.()
      const fn = at(exposed[key] ?? {}, path)
      if (typeof fn !== 'function') throw new Error(`window.${key}.${path.join('.')} is not a function`)
      const decoded = args.map((a) => {
        const cb = (a as { __cb?: number } | null)?.__cb
        if (cb === undefined) return a
        return (...cbArgs: unknown[]) =>
          source.frame
            .evaluate(([id, xs]) => (window as unknown as StandInWindow).__standInCallback(id, xs), [
              cb,
              cbArgs,
            ] as const)
            .catch(() => undefined)
      })
      const result = await currentFrame.run(frame, () => fn(...decoded))
      if (typeof result === 'function') {
        returned.set(++nextId, result as () => unknown)
        return { __fnResult: nextId }
      }
      return result
    },
  )
  const shapes = Object.fromEntries(Object.entries(exposed).map(([k, v]) => [k, shapeOf(v)]))
  const init = (shapes: Record<string, unknown>) => {
    const w = window as unknown as StandInWindow & Record<string, unknown>
    const callbacks = new Map<number, (...a: unknown[]) => unknown>()
    let n = 0
    w.__standInCallback = (id, args) => callbacks.get(id)?.(...args)
    const build = (key: string, shape: unknown, path: string[]): unknown => {
      if (shape && typeof shape === 'object' && (shape as { __fn?: boolean }).__fn)
        return (...args: unknown[]) => {
          let subscribes = false
          const enc = args.map((a) => {
            if (typeof a !== 'function') return a
            subscribes = true
            callbacks.set(++n, a as () => unknown)
            return { __cb: n }
          })
          const answer = w.__standInInvoke(key, path, enc).then((r) => {
            const fnId = (r as { __fnResult?: number } | null)?.__fnResult
            return fnId === undefined ? r : () => void w.__standInInvoke('__release', [String(fnId)], [])
          })
          // A subscription (onEvent) hands back its unsubscribe at once, as the real preload does.
          if (subscribes) return () => void answer.then((off) => (off as () => void)())
          return answer
        }
      if (shape && typeof shape === 'object')
        return Object.freeze(
          Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, build(key, v, [...path, k])])),
        )
      return shape
    }
    for (const [key, shape] of Object.entries(shapes)) w[key] = build(key, shape, [])
  }
  // As source text: a transpiler's helpers (tsx's __name) do not exist in the page.
  await page.addInitScript({
    content: `var __name = (f) => f;(${init.toString()})(${JSON.stringify(shapes)})`,
  })
}

interface StandInWindow {
  __standInInvoke: (key: string, path: string[], args: unknown[]) => Promise<unknown>
  __standInCallback: (id: number, args: unknown[]) => unknown
}
