export function StudentsScreen() {
  return (
    <section className="screen">
      <h1>Students</h1>
      <p className="muted">This screen is being built.</p>
    </section>
  )
}
