// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CanvasFailure } from '../../../src/scene/body-api/CanvasFailure';
import { webglAvailable } from '../../../src/scene/webgl';

/** What the renderer does on a device without WebGL: it cannot make a context and throws. */
function FailingCanvas(): ReactNode {
  throw new Error('THREE.WebGLRenderer: Error creating WebGL context.');
}

/** Catches what CanvasFailure passes on. */
class Outer extends Component<{ readonly children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p>passed on: {this.state.error}</p> : this.props.children;
  }
}

vi.mock('../../../src/scene/webgl', () => ({ webglAvailable: vi.fn() }));

/** The browser giving (or not) a WebGL context. */
function browserWithWebgl(webgl: boolean) {
  vi.mocked(webglAvailable).mockReturnValue(webgl);
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.mocked(webglAvailable).mockReset();
});

/** The view failing inside the boundary, inside a boundary that shows what is passed on. */
const renderFailing = () =>
  render(
    <Outer>
      <CanvasFailure>
        <FailingCanvas />
      </CanvasFailure>
    </Outer>,
  );

describe('the 3D view failing to start', () => {
  test('without WebGL it says so in both languages, in place of the view', () => {
    browserWithWebgl(false);
    renderFailing();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Tampilan 3D tidak dapat dibuka');
    expect(alert.textContent).toContain('The 3D view cannot open');
    expect(screen.queryByText(/passed on/)).toBeNull();
  });

  test('with WebGL, any other failure is passed on, not mistaken for a missing WebGL', () => {
    browserWithWebgl(true);
    renderFailing();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/passed on: THREE.WebGLRenderer/)).toBeTruthy();
  });

  test('while nothing fails, it shows its children and asks nothing of WebGL', () => {
    browserWithWebgl(false);
    render(
      <CanvasFailure>
        <p>the view</p>
      </CanvasFailure>,
    );
    expect(screen.getByText('the view')).toBeTruthy();
    expect(webglAvailable).not.toHaveBeenCalled();
  });
});
