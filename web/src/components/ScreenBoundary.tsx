import { Component, type ReactNode } from 'react'
import { ErrorNote } from './ErrorNote.js'

/**
 * Catches a screen that fails to render, so one bad stored object costs that
 * screen only: the header, the path and the other screens keep working. App
 * keys it by route, so moving to another screen starts afresh.
 */
export class ScreenBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {}

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override render() {
    if (this.state.error) {
      return <ErrorNote error={this.state.error} what="show this step; the others still work" />
    }
    return this.props.children
  }
}
