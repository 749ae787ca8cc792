import { join } from 'node:path'
import { app, BrowserWindow, ipcMain } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-scheme'
import { CALL_CHANNEL } from './ipc'
import { StartupError } from './startup-error'

export type PromptMode = 'choose' | 'enter'

/** A small page served from app:// by the main process (before the renderer and its API exist). */
export const PROMPT_PAGES: Record<string, { type: string; body: string }> = {
  '/__passcode.html': {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'">
<title>Career Atlas</title>
<style>body{font:15px system-ui,sans-serif;margin:28px 32px;color:#1b2a3a}h1{font-size:20px;margin:0 0 8px}label{display:block;font-weight:600;margin:14px 0 4px}
input{font:inherit;padding:6px 8px;width:260px}button{font:inherit;margin-top:18px;padding:8px 16px}
[role=alert]{color:#a11;min-height:1.4em}</style></head>
<body><form id="f"><h1 id="t"></h1><p id="why"></p>
<label for="p">Passcode</label><input id="p" type="password" autocomplete="off" required>
<div id="again"><label for="p2">Passcode again</label><input id="p2" type="password" autocomplete="off"></div>
<p role="alert" id="msg"></p><button type="submit">Continue</button></form>
<script src="./__passcode.js"></script></body></html>`,
  },
  '/__passcode.js': {
    type: 'text/javascript; charset=utf-8',
    body: `const choose = new URLSearchParams(location.search).get('mode') === 'choose'
document.getElementById('t').textContent = choose ? 'Protect the student records with a passcode' : 'Enter your Career Atlas passcode'
document.getElementById('why').textContent = choose
  ? 'This computer has no keychain. The key to the student records will be locked with this passcode: without it nobody, including you, can open them. At least 8 characters.'
  : 'The key to the student records on this computer is locked with your passcode.'
if (!choose) document.getElementById('again').hidden = true
document.getElementById('f').addEventListener('submit', async (e) => {
  e.preventDefault()
  const msg = document.getElementById('msg')
  msg.textContent = 'Checking…'
  const r = await window.api.call('startup.passcode', { passcode: document.getElementById('p').value, again: document.getElementById('p2').value })
  msg.textContent = r.ok ? 'Opening Career Atlas…' : r.message
})`,
  },
}

/**
 * Asks for the start-up passcode in a small window and resolves with what `accept` makes of it;
 * `accept` answers an error message to show (wrong passcode, too short) by returning a string.
 * Closing the window ends the start.
 */
export function askPasscode<T>(
  mode: PromptMode,
  isTrustedUrl: (url: string) => boolean,
  accept: (passcode: string, again: string) => { value: T } | { error: string },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false
    const win = new BrowserWindow({
      width: 520,
      height: 460,
      resizable: false,
      title: 'Career Atlas',
      webPreferences: {
        preload: join(__dirname, '../preload/index.js'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        spellcheck: false,
        devTools: !app.isPackaged,
      },
    })
    ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url) || method !== 'startup.passcode')
        return { ok: false, code: 'FORBIDDEN', message: 'Not available yet.' }
      const i = (input ?? {}) as { passcode?: unknown; again?: unknown }
      const r = accept(String(i.passcode ?? '').slice(0, 128), String(i.again ?? '').slice(0, 128))
      if ('error' in r) return { ok: false, code: 'VALIDATION', message: r.error }
      done = true
      ipcMain.removeHandler(CALL_CHANNEL)
      resolve(r.value)
      win.close()
      return { ok: true, value: null }
    })
    win.on('closed', () => {
      if (done) return
      ipcMain.removeHandler(CALL_CHANNEL)
      reject(
        new StartupError(
          'Career Atlas did not start: the passcode was not entered.',
          'Start Career Atlas again and enter the passcode.',
          true,
        ),
      )
    })
    win.loadURL(`${APP_SCHEME}://${APP_HOST}/__passcode.html?mode=${mode}`).catch(() => undefined)
  })
}
