import { Component, type ReactNode } from 'react';

/** Catches a lazily loaded part that failed to load (an update deployed meanwhile, a blocked chunk). */
export class LoadBoundary extends Component<{ children: ReactNode; onError(message: string): void }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error instanceof Error ? error.message : String(error));
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
