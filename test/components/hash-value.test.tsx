import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useHashValue } from '../../components/hooks/use-hash-value';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#');
});

function HashProbe({ read }: { read: (hash: string) => string }) {
  return <p data-testid="hash">{useHashValue(read)}</p>;
}

describe('useHashValue', () => {
  it('follows a hash change made later', async () => {
    history.replaceState(null, '', '#/today');
    render(<HashProbe read={(hash) => hash} />);
    expect(screen.getByTestId('hash').textContent).toBe('#/today');
    await act(async () => {
      location.hash = '#/settings';
      await new Promise<void>((resolve) =>
        window.addEventListener('hashchange', () => resolve(), { once: true }),
      );
    });
    expect(screen.getByTestId('hash').textContent).toBe('#/settings');
  });

  it('catches a change between the first render and its subscription, which fires no event it hears', () => {
    history.replaceState(null, '', '#/today');
    let reads = 0;
    // The first read stands in for the render; the address then changes before the effect runs.
    const read = (hash: string) => {
      reads += 1;
      if (reads === 1) history.replaceState(null, '', '#/settings');
      return hash;
    };
    render(<HashProbe read={read} />);
    expect(screen.getByTestId('hash').textContent).toBe('#/settings');
  });
});
