import { BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron'
import type { Services } from '../services'

export const CALL_CHANNEL = 'career-atlas:call'
export const EVENT_CHANNEL = 'career-atlas:event'

/**
 * Binds the contract to IPC. Only our own top frame may call: a frame from anywhere else (a
 * stray navigation, an injected iframe) is refused before its input is even parsed.
 */
export function bindIpc(services: Services, isTrustedUrl: (url: string) => boolean): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return { ok: false, code: 'FORBIDDEN', message: 'This window may not use Career Atlas data.' }
    }
    if (typeof method !== 'string') return { ok: false, code: 'UNKNOWN_METHOD', message: 'No action named.' }
    return services.call(method, input)
  })
  const off = services.ctx.events.subscribe((e) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(EVENT_CHANNEL, e)
  })
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL)
    off()
  }
}
