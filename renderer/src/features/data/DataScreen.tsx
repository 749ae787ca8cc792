export function DataScreen() {
  return (
    <section className="screen">
      <h1>Data and About</h1>
      <p className="muted">This screen is being built.</p>
    </section>
  )
}
