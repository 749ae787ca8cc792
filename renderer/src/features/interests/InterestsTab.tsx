/** A student's interest profiles and matches (built by the interests/matching work). */
export function InterestsTab(_props: { studentId: number }) {
  return <p className="muted">Interest profiles are being built.</p>
}
