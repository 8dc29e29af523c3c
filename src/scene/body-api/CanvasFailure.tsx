import { Component, type ReactNode } from 'react';
import { webglAvailable } from '../webgl';
import { NoWebGL } from './NoWebGL';

interface CanvasFailureState {
  readonly error: unknown;
}

/**
 * Catches the 3D view failing to start. Where the browser has no WebGL (the renderer cannot make a
 * context), the view says so in both languages instead; any other error goes on up, as
 * before. WebGL is asked about only then: a probe makes and drops a context of its own, which held
 * the body back on every start (0.07-0.5 s on a slow machine).
 */
export class CanvasFailure extends Component<{ readonly children: ReactNode }, CanvasFailureState> {
  override state: CanvasFailureState = { error: null };

  static getDerivedStateFromError(error: unknown): CanvasFailureState {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    if (!webglAvailable()) return <div className="viewport"><NoWebGL /></div>;
    throw this.state.error;
  }
}
