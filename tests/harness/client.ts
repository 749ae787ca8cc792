import type { Result } from '../../shared/errors'
import type { AppEvent } from '../../shared/events'
import type { WindowApi } from '../../shared/window-api'

/**
 * The browser stand-in for the Electron preload. Served to the page as the source text of this
 * function, so it must stay self-contained (no imports at run time, no outer variables).
 */
export function installHarnessApi(): void {
  const listeners = new Set<(e: AppEvent) => void>()
  const source = new EventSource('/events')
  source.onmessage = (m) => {
    const event = JSON.parse(m.data) as AppEvent
    for (const l of listeners) l(event)
  }
  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    const res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    })
    return (await res.json()) as Result<unknown>
  }
  const pick = (extensions: string[]): Promise<File | null> =>
    new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = extensions.map((e) => `.${e}`).join(',')
      input.setAttribute('data-testid', 'harness-file-input')
      input.style.display = 'none'
      input.addEventListener('change', () => resolve(input.files?.[0] ?? null))
      input.addEventListener('cancel', () => resolve(null))
      document.body.appendChild(input)
      input.click()
    })
  const api: WindowApi = {
    call,
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    platform: {
      kind: 'web',
      openFile: async (fileId) => {
        window.open(`/files/${encodeURIComponent(fileId)}?open=1`, '_blank', 'noopener')
      },
      saveFile: async (fileId) => {
        const a = document.createElement('a')
        a.href = `/files/${encodeURIComponent(fileId)}?download=1`
        a.download = ''
        a.click()
        return true
      },
      printFile: async (fileId) => {
        // As in the desktop app, a printed file leaves generated/ once the viewer has it.
        window.open(`/files/${encodeURIComponent(fileId)}?print=1`, '_blank', 'noopener')
      },
      pickFile: async ({ extensions }) => {
        const file = await pick(extensions)
        if (!file) return null
        const res = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
          method: 'POST',
          body: file,
        })
        const body = (await res.json()) as { path?: string }
        return body.path ? { ref: body.path, name: file.name } : null
      },
      pickFolder: async () => null,
      pathsForDrop: async ({ files, entries }) => {
        // Uploads what was dropped into one folder on the harness side, folders kept as folders
        // (a Read Me beside its files tells the O*NET release), and hands back that folder.
        const batch = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
        type Entry = {
          isFile: boolean
          isDirectory: boolean
          fullPath: string
          file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void
          createReader?: () => { readEntries: (ok: (e: Entry[]) => void, fail: (e: unknown) => void) => void }
        }
        const found: { file: File; path: string }[] = []
        const walk = async (e: Entry): Promise<void> => {
          if (e.isFile && e.file) {
            const file = await new Promise<File>((ok, fail) => e.file?.(ok, fail))
            found.push({ file, path: e.fullPath.replace(/^\/+/, '') })
          } else if (e.isDirectory && e.createReader) {
            const reader = e.createReader()
            for (;;) {
              const batchOf = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail))
              if (!batchOf.length) break
              for (const child of batchOf) await walk(child)
            }
          }
        }
        const usable = (entries as (Entry | null)[]).filter((e): e is Entry => !!e)
        if (usable.length) for (const e of usable) await walk(e)
        else for (const f of files) found.push({ file: f, path: f.name })
        let folder: string | null = null
        for (const { file, path } of found) {
          const res = await fetch(`/upload?batch=${batch}&name=${encodeURIComponent(path)}`, {
            method: 'POST',
            body: file,
          })
          folder = ((await res.json()) as { folder?: string }).folder ?? folder
        }
        return folder ? [folder] : []
      },
    },
  }
  ;(window as unknown as { api: WindowApi }).api = api
}
