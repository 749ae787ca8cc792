export function CaseloadScreen() {
  return (
    <section className="screen">
      <h1>Caseload statistics</h1>
      <p className="muted">This screen is being built.</p>
    </section>
  )
}
