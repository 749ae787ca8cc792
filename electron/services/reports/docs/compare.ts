import type { Comparison } from '../../../../shared/domain/catalog'
import { longDate } from '../../../../shared/format'
import { drawChart } from '../charts'
import { createDoc, finish } from '../kit/doc'
import { Flow } from '../kit/flow'
import { stampPages } from '../kit/pages'
import { table } from '../kit/table'
import { muted, size } from '../kit/theme'
import { breathe } from '../output'
import { ATTRIBUTION, type ReportEnv, titleBlock } from './common'

/** 2–4 careers side by side: the comparison table, then every chart the compare screen shows. */
export async function renderComparison(
  env: ReportEnv,
  c: Comparison,
): Promise<{ bytes: Buffer; pages: number }> {
  const titles = c.columns.map((x) => x.title)
  const doc = createDoc({
    paper: env.paper,
    fontsDir: env.fontsDir,
    title: `Comparing ${titles.join(', ')}`,
    subject: 'Career Atlas career comparison',
    date: env.now,
  })
  const flow = new Flow(doc)
  titleBlock(flow, 'Career comparison', titles.join('  ·  '), [
    `${c.columns.length} careers side by side · printed ${longDate(env.now)}`,
  ])
  table(
    flow,
    [
      { header: '', width: 1.3 },
      ...c.columns.map((x) => ({ header: `${x.title} (${x.code})`, width: 1.25 })),
    ],
    c.rows.map((r) => [{ text: r.label, bold: true }, ...r.cells]),
  )
  const charts = [
    c.charts.wages,
    c.charts.growth,
    c.charts.openings,
    c.charts.interests,
    c.charts.education,
    c.charts.skills,
    c.charts.knowledge,
  ]
  for (const chart of charts) {
    if (!chart) continue
    drawChart(flow, chart, { height: 120 })
    await breathe()
  }
  for (const o of c.overlap) {
    if (!o.shared.length && !o.message) continue
    flow.heading(o.domain === 'skills' ? 'Skills they share' : 'Knowledge they share', 2, 60)
    if (o.message) flow.para(o.message, { color: muted })
    if (o.shared.length) flow.bullets(o.shared.map((s) => s.name))
  }
  flow.heading('Sources', 2, 40)
  const sources = [...new Set(c.rows.map((r) => r.source).filter(Boolean))]
  for (const s of sources) flow.para(s, { size: size.small, color: muted }, 1)
  flow.skip(4)
  flow.para(ATTRIBUTION, { size: size.tiny, color: muted })
  const pages = stampPages(doc, {
    header: `Career comparison · ${titles.join(', ')}`,
    footer: `${c.packName} · printed ${longDate(env.now)}`,
    skipFirstHeader: true,
  })
  return { bytes: await finish(doc), pages }
}
