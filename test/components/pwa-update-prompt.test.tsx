import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdatePrompt, type WaitingUpdate } from '../../components/UpdatePrompt';

afterEach(cleanup);

/** A stand-in for the service worker registration that the test drives by hand. */
function fakeUpdate(initiallyWaiting = false) {
  let waiting = initiallyWaiting;
  let applied = 0;
  const listeners = new Set<() => void>();
  const update: WaitingUpdate = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isWaiting: () => waiting,
    apply: () => {
      applied += 1;
    },
  };
  return {
    update,
    newVersionWaits() {
      waiting = true;
      for (const listener of listeners) listener();
    },
    appliedCount: () => applied,
  };
}

describe('update prompt', () => {
  it('stays quiet until a new version waits, then offers a reload', () => {
    const source = fakeUpdate();
    render(<UpdatePrompt update={source.update} />);
    expect(screen.getByRole('status').textContent).toBe('');

    act(() => source.newVersionWaits());
    expect(screen.getByRole('status').textContent).toContain('A new version is ready');

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(source.appliedCount()).toBe(1);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Reload' }).disabled).toBe(true);
  });

  it('shows a version that was already waiting when the page opened', () => {
    render(<UpdatePrompt update={fakeUpdate(true).update} />);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('can be dismissed without applying the update', () => {
    const source = fakeUpdate(true);
    render(<UpdatePrompt update={source.update} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(source.appliedCount()).toBe(0);
  });
});
