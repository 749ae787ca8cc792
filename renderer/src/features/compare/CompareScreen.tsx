export function CompareScreen() {
  return (
    <section className="screen">
      <h1>Compare careers</h1>
      <p className="muted">This screen is being built.</p>
    </section>
  )
}
