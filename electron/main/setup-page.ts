import { APP_HOST, APP_SCHEME } from './app-scheme'

/**
 * What the main window shows while a first start installs the national pack bundled with the
 * app (seconds): without it nothing appears and a counselor double-clicks again. A static page
 * on our own app:// origin with a strict CSP (no inline script or style); the same window then
 * loads the app, so no second window opens. Steps arrive as events through the normal preload.
 */
export const SETUP_URL = `${APP_SCHEME}://${APP_HOST}/__setup.html`

/** The event the page listens for (sent on the preload's event channel; the app's page never sees one). */
export const SETUP_EVENT = 'setup.progress'

export const SETUP_PAGES: Record<string, { type: string; body: string }> = {
  '/__setup.html': {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
<title>Career Atlas</title><link rel="stylesheet" href="./__setup.css"></head>
<body><main aria-busy="true" aria-labelledby="t">
<h1 id="t">Setting up Career Atlas</h1>
<p>Preparing the national career data on this computer. This happens once, on the first start, and takes a few seconds. Career Atlas opens by itself when it is done.</p>
<progress aria-label="Setting up Career Atlas"></progress>
<p role="status" id="step">Copying the national career data…</p>
</main><script src="./__setup.js"></script></body></html>`,
  },
  '/__setup.css': {
    type: 'text/css; charset=utf-8',
    body: `:root{font:15px/1.45 "Noto Sans","Segoe UI",system-ui,-apple-system,sans-serif;color:#1d2733;background:#f5f7fa}
body{margin:0;min-height:100vh;display:grid;place-items:center}
main{max-width:520px;margin:24px;padding:32px;background:#fff;border:1px solid #d9dee5;border-radius:8px}
h1{font-size:22px;margin:0 0 12px;color:#16324f}p{margin:0 0 16px}
progress{width:100%;height:8px;accent-color:#1f5f99;margin:4px 0 12px}
#step{color:#4a5868;margin:0}`,
  },
  '/__setup.js': {
    type: 'text/javascript; charset=utf-8',
    body: `window.api.onEvent((e) => {
  if (e && e.type === '${SETUP_EVENT}' && typeof e.step === 'string') document.getElementById('step').textContent = e.step + '…'
})`,
  },
}
