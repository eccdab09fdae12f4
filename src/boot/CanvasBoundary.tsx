import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Called once when the 3D view cannot run (no WebGL context, lost GPU, a crash inside). */
  onFail: () => void;
}

/** Keeps a failing 3D view from taking the overlay with it: the directory and panels stay usable. */
export class CanvasBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`[webgl] the 3D view stopped: ${error instanceof Error ? error.message : String(error)}`);
    this.props.onFail();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
