import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BrowserWindow, screen } from 'electron'

interface Bounds {
  x: number
  y: number
  width: number
  height: number
  maximized: boolean
}

/** Remembers the window's size and position between launches, ignoring a screen that is gone. */
export function loadBounds(dataDir: string): Partial<Bounds> {
  try {
    const b = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')) as Bounds
    const visible = screen.getAllDisplays().some((d) => {
      const a = d.workArea
      return b.x >= a.x - 50 && b.y >= a.y - 50 && b.x < a.x + a.width && b.y < a.y + a.height
    })
    return visible ? b : { width: b.width, height: b.height, maximized: b.maximized }
  } catch {
    return {}
  }
}

export function trackBounds(win: BrowserWindow, dataDir: string): void {
  const file = join(dataDir, 'window-state.json')
  const save = () => {
    const b = win.getNormalBounds()
    const tmp = `${file}.tmp`
    writeFileSync(tmp, JSON.stringify({ ...b, maximized: win.isMaximized() }))
    renameSync(tmp, file)
  }
  win.on('close', save)
}
