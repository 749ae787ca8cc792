import { writeFileSync } from 'node:fs'
import { launchChromium } from '../tests/support/browser'

// Renders the app icon (the sidebar's "CA" mark) to resources/icons/icon.png (512×512), from
// which electron-builder makes the .ico/.icns, and to renderer/public/favicon.png.
async function main(): Promise<void> {
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } })
  await page.setContent(`<body style="margin:0;background:transparent">
    <div style="width:512px;height:512px;border-radius:112px;background:#16324f;display:grid;place-items:center">
      <div style="width:360px;height:360px;border-radius:84px;background:#f2b705;display:grid;place-items:center;
        font:700 168px 'Noto Sans',sans-serif;color:#16324f;letter-spacing:-4px">CA</div></div></body>`)
  const png = await page.screenshot({ omitBackground: true })
  writeFileSync('resources/icons/icon.png', png)
  await page.setViewportSize({ width: 64, height: 64 })
  await page.evaluate(() => {
    document.body.style.zoom = '0.125'
  })
  writeFileSync('renderer/public/favicon.png', await page.screenshot({ omitBackground: true }))
  await browser.close()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
