import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { StudentReportData } from '../../electron/services/reports/data/studentReport'
import { formatFigure, formatNumber, formatPercent, longDate } from '../../shared/format'

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/**
 * The same content as the student career report, as one HTML page with the same embedded font
 * and SVG charts, for Chromium's page.pdf() — the peer our pdfkit renderer is measured against.
 */
export function studentReportHtml(d: StudentReportData, fontsDir: string, now: Date): string {
  const font = (f: string) => readFileSync(join(fontsDir, f)).toString('base64')
  const s = d.student
  const careers = d.careers.filter((c) => c.profile)
  const max = Math.max(...careers.map((c) => c.profile!.wages?.annual.p90.value ?? 0), 1)
  const range = (c: (typeof careers)[number]) => {
    const a = c.profile!.wages?.annual
    const x = (v: number | null | undefined) => ((v ?? 0) / max) * 460
    return `<svg width="520" height="40"><rect x="${x(a?.p10.value)}" y="10" width="${x(a?.p90.value) - x(a?.p10.value)}" height="10" fill="#d7e5f0"/><rect x="${x(a?.p25.value)}" y="10" width="${x(a?.p75.value) - x(a?.p25.value)}" height="10" fill="#7ea6c4"/><rect x="${x(a?.median.value) - 1.5}" y="5" width="3" height="20" fill="#17212b"/><text x="${x(a?.median.value)}" y="36" font-size="9" text-anchor="middle">${formatFigure(a?.median, 'annual')}</text></svg>`
  }
  const scores = s.interests?.scores ?? []
  const bars = scores
    .map(
      (v, i) =>
        `<rect x="${20 + i * 80}" y="${140 - v * 3}" width="40" height="${v * 3}" fill="#1f5f99"/><text x="${40 + i * 80}" y="${134 - v * 3}" font-size="9" text-anchor="middle">${v}</text>`,
    )
    .join('')
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@font-face{font-family:Body;src:url(data:font/ttf;base64,${font('NotoSans-Regular.ttf')})}
@font-face{font-family:Body;font-weight:bold;src:url(data:font/ttf;base64,${font('NotoSans-Bold.ttf')})}
body{font-family:Body;font-size:9.5pt;color:#17212b} h1{color:#1d5a85;font-size:15pt;border-bottom:1px solid #1d5a85}
section{break-inside:avoid} table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #cfd6de;padding:4px;text-align:left}
.cover{height:9in;break-after:page} .facts{display:flex;gap:6px} .facts div{background:#eef2f6;padding:7px;flex:1}
</style></head><body>
<div class="cover"><p>CAREER ATLAS</p><h1>Career plan</h1><h2>${esc(s.name)}</h2><p>${esc(s.school ?? '')} · Grade ${s.grade ?? ''} · ${longDate(now)}</p><p>Prepared for ${esc(d.recipient)}: ${esc(d.purpose)}</p></div>
<h1>1. Your interests</h1><svg width="500" height="150">${bars}</svg>
<table><tr><th>Career</th><th>Fit</th><th>Why</th><th>Zone</th></tr>${(d.matches?.groups.flatMap((g) => g.items) ?? []).map((m) => `<tr><td>${esc(m.title)}</td><td>${m.band}</td><td>${m.shared.join(', ')}</td><td>${m.jobZone ?? ''}</td></tr>`).join('')}</table>
<h1>2. Your saved careers</h1>${careers
    .map((c) => {
      const p = c.profile!
      return `<section><h2>${esc(p.title)}</h2><p>${esc(p.description)}</p><div class="facts"><div>Median pay<br><b>${formatFigure(p.wages?.annual.median, 'annual')}</b></div><div>Growth<br><b>${formatPercent(p.projections?.changePercent, { signed: true })}</b></div><div>Openings<br><b>${formatNumber(p.projections?.openingsPerYear)}</b></div><div>Job zone<br><b>${p.jobZone?.zone ?? ''}</b></div></div>${range(c)}<p>Entry education: ${esc(p.projections?.entryEducation ?? '')}</p><p>Also called: ${esc(p.sampleTitles.items.slice(0, 8).join(', '))}</p></section>`
    })
    .join('')}
<h1>3. Your shortlist side by side</h1><table><tr><th></th>${careers.map((c) => `<th>${esc(c.profile!.title)}</th>`).join('')}</tr><tr><td>Median pay</td>${careers.map((c) => `<td>${formatFigure(c.profile!.wages?.annual.median, 'annual')}</td>`).join('')}</tr><tr><td>Growth</td>${careers.map((c) => `<td>${formatPercent(c.profile!.projections?.changePercent)}</td>`).join('')}</tr></table>
<h1>4. Goals and next steps</h1><table>${s.goals.map((g) => `<tr><td>${esc(g.text)}</td><td>${g.due ?? ''}</td></tr>`).join('')}</table>
${s.recordNotes.map((n) => `<p><b>${n.date}</b> ${esc(n.text)}</p>`).join('')}
<h2>Signatures</h2><p>_______________________ ${esc(s.name)}</p><p>_______________________ Parent or guardian</p><p>_______________________ Counselor</p>
<h2>Data sources</h2><p>O*NET (CC BY 4.0) and U.S. Bureau of Labor Statistics.</p></body></html>`
}
