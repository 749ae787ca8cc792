import type { AppEvent } from '../../shared/events'

export type EventSink = (event: AppEvent) => void

/** Fan-out for progress events; the shell forwards them to the window, the harness to SSE. */
export class EventBus {
  private listeners = new Set<EventSink>()
  emit: EventSink = (event) => {
    for (const l of this.listeners) l(event)
  }
  subscribe(listener: EventSink): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
