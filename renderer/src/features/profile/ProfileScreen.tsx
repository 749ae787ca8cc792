export function ProfileScreen(_props: { code: string }) {
  return (
    <section className="screen">
      <h1>Occupation</h1>
      <p className="muted">This screen is being built.</p>
    </section>
  )
}
