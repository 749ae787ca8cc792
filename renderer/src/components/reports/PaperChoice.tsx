import { useId } from 'react'
import type { PaperSize } from '../../../../shared/api/reports'
import { useApiMutation, useApiQuery } from '../../hooks/api'

/** Letter or A4, stored in the report settings so every report and every later session uses it. */
export function PaperChoice() {
  const id = useId()
  const settings = useApiQuery('reports.settings', {})
  const save = useApiMutation('reports.setSettings')
  // While the choice is being stored, show it rather than the answer it replaces.
  const paper = (save.isPending ? save.variables.paper : undefined) ?? settings.data?.paper
  return (
    <div className="rp-field">
      <label htmlFor={id}>Paper</label>
      <select
        id={id}
        value={paper ?? 'letter'}
        disabled={!settings.data && !settings.isError}
        onChange={(e) => save.mutate({ paper: e.target.value as PaperSize })}
      >
        <option value="letter">Letter (8.5 × 11 in)</option>
        <option value="a4">A4 (210 × 297 mm)</option>
      </select>
    </div>
  )
}
