import type { ReportState } from './useReport'

const LABEL = { preview: 'Preview', save: 'Save as…', print: 'Print…' } as const
// Beside other actions (profile, compare) the buttons say what they make.
const SHORT_LABEL = { preview: 'Preview PDF', save: 'Save PDF…', print: 'Print…' } as const

/** Preview / Save as… / Print… with the state of the last run, announced to screen readers. */
export function ReportButtons({
  state,
  disabled,
  what,
  compact,
  actions = ['preview', 'save', 'print'],
}: {
  state: ReportState
  disabled?: boolean
  what: string
  compact?: boolean
  /** A zip of PDFs can only be saved, not previewed or printed. */
  actions?: readonly ('preview' | 'save' | 'print')[]
}) {
  const { busy, error, file, done } = state
  return (
    <div className="rp-buttons">
      <div className="rp-buttons-row">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={a === actions[0] ? undefined : 'secondary'}
            disabled={disabled || busy !== null}
            // Starts with the visible words (WCAG 2.5.3), then says which report.
            aria-label={compact ? `${SHORT_LABEL[a]}, ${what}` : `${LABEL[a]} ${what}`}
            // File › Print… finds the screen's report by this, not by wording (menu-actions.ts).
            data-report-action={a}
            onClick={() => void state.run(a)}
          >
            {busy === a ? 'Preparing…' : (compact ? SHORT_LABEL : LABEL)[a]}
          </button>
        ))}
      </div>
      <p className="rp-status" role="status" aria-live="polite">
        {busy
          ? `Preparing the ${what}…`
          : done
            ? `${done}${file?.pageCount ? ` ${file.pageCount} page${file.pageCount === 1 ? '' : 's'}.` : ''}`
            : ''}
      </p>
      {error && (
        <div className="error-box" role="alert">
          {error.message}
          {error.fix && <div>{error.fix}</div>}
        </div>
      )}
    </div>
  )
}
