import { Component, type ReactNode } from 'react'

/**
 * One screen failing to draw leaves the sidebar and the other screens usable: the counselor sees
 * what happened and can go elsewhere. A new address (`resetKey`) tries the screen again; screens
 * are not remounted on ordinary address changes, so their typed text and focus stay.
 */
export class ScreenErrorBoundary extends Component<
  { resetKey: string; children: ReactNode },
  { error: Error | null }
> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override componentDidUpdate(prev: { resetKey: string }) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null })
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <section className="screen" aria-labelledby="screen-error-title">
        <h1 id="screen-error-title">This screen could not be shown</h1>
        <p role="alert">{this.state.error.message}</p>
        <p>
          <a href="#/">Go to Search</a>, or choose another screen on the left. Nothing you saved was changed.
        </p>
      </section>
    )
  }
}
