export function ExploreScreen(_props: { initialQuery: string }) {
  return (
    <section className="screen">
      <h1>Search careers</h1>
      <p className="muted">This screen is being built.</p>
    </section>
  )
}
