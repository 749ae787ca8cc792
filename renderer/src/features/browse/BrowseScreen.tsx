export function BrowseScreen(_props: { query: URLSearchParams }) {
  return (
    <section className="screen">
      <h1>Browse careers</h1>
      <p className="muted">This screen is being built.</p>
    </section>
  )
}
