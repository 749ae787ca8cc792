import { useEffect, useId, useState } from 'react'
import type { PaperSize } from '../../../../shared/api/reports'
import { call } from '../../api'

/** Letter or A4, stored in the report settings so every report and every later session uses it. */
export function PaperChoice({ onChange }: { onChange?: (p: PaperSize) => void }) {
  const id = useId()
  const [paper, setPaper] = useState<PaperSize | null>(null)
  useEffect(() => {
    call('reports.settings', {})
      .then((s) => setPaper(s.paper))
      .catch(() => setPaper('letter'))
  }, [])
  return (
    <div className="report-field">
      <label htmlFor={id}>Paper</label>
      <select
        id={id}
        value={paper ?? 'letter'}
        disabled={!paper}
        onChange={(e) => {
          const p = e.target.value as PaperSize
          setPaper(p)
          onChange?.(p)
          void call('reports.setSettings', { paper: p })
        }}
      >
        <option value="letter">Letter (8.5 × 11 in)</option>
        <option value="a4">A4 (210 × 297 mm)</option>
      </select>
    </div>
  )
}
