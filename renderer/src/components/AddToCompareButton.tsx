import { useState } from 'react'
import { addToCompare, COMPARE_MAX, removeFromCompare, useCompare } from '../hooks/compare'
import './add-to-compare.css'

/**
 * "Add to compare" / "In compare ✓" toggle for any screen that lists a career (profile, browse
 * rows, search results, a student's saved careers). Says so when the comparison is full.
 */
export function AddToCompareButton({
  code,
  title,
  compact = false,
}: {
  code: string
  title: string
  compact?: boolean
}) {
  const list = useCompare()
  const [full, setFull] = useState(false)
  const inList = list.some((i) => i.code === code)
  const onClick = () => {
    if (inList) {
      removeFromCompare(code)
      setFull(false)
    } else setFull(!addToCompare({ code, title }))
  }
  const label = inList ? (compact ? 'Comparing' : 'In comparison') : compact ? 'Compare' : 'Add to compare'
  return (
    <span className="cm-toggle">
      <button
        type="button"
        className={inList ? 'secondary cm-toggle-on' : 'secondary'}
        aria-pressed={inList}
        // The accessible name starts with the visible words (WCAG 2.5.3): "Add to compare" is
        // what a voice-control user says; the career's name follows for screen-reader users.
        aria-label={`${label} ${title}`}
        onClick={onClick}
      >
        {label}
        {inList ? <span aria-hidden="true"> ✓</span> : null}
      </button>
      {full ? (
        <span role="status" className="cm-toggle-full">
          The comparison holds {COMPARE_MAX} careers. Remove one on the Compare screen first.
        </span>
      ) : null}
    </span>
  )
}
