export function StudentScreen(_props: { id: number; tab: string }) {
  return (
    <section className="screen">
      <h1>Student</h1>
      <p className="muted">This screen is being built.</p>
    </section>
  )
}
