import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { AppEvent } from '../../shared/events'
import type { WindowApi } from '../../shared/window-api'

// Channel names are repeated here (not imported from main) so the sandboxed preload bundle stays tiny.
const CALL = 'career-atlas:call'
const EVENT = 'career-atlas:event'
const SHELL = 'career-atlas:shell'

const api: WindowApi = {
  call: (method, input) => ipcRenderer.invoke(CALL, method, input),
  onEvent: (listener) => {
    const handler = (_e: unknown, event: AppEvent) => listener(event)
    ipcRenderer.on(EVENT, handler)
    return () => ipcRenderer.removeListener(EVENT, handler)
  },
  platform: {
    kind: 'electron',
    openFile: (fileId) => ipcRenderer.invoke(SHELL, 'openFile', fileId),
    saveFile: (fileId) => ipcRenderer.invoke(SHELL, 'saveFile', fileId),
    printFile: (fileId) => ipcRenderer.invoke(SHELL, 'printFile', fileId),
    pickFile: (options) => ipcRenderer.invoke(SHELL, 'pickFile', options),
    pickFolder: (options) => ipcRenderer.invoke(SHELL, 'pickFolder', options),
    // Only real dropped Files have a path (a File made by page script gives ''), so the main
    // process may grant these as it grants a dialog's choice.
    pathsForDrop: async ({ files }) => {
      const paths = files.map((f) => webUtils.getPathForFile(f)).filter(Boolean)
      return paths.length ? ipcRenderer.invoke(SHELL, 'grantDropped', paths) : []
    },
    openLogFolder: () => ipcRenderer.invoke(SHELL, 'openLogFolder'),
  },
}

contextBridge.exposeInMainWorld('api', api)
