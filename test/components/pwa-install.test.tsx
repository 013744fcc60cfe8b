import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstallPanel } from '../../components/InstallPanel';
import { captureInstallOffer } from '../../pwa/install-capture';
import { useInstallOffer } from '../../pwa/install-offer';

function InstallHarness() {
  const { state, install } = useInstallOffer();
  return <InstallPanel state={state} onInstall={install} />;
}

/** A `beforeinstallprompt` as Chromium fires it when the PWA can be installed. */
function offerInstall(choice: 'accepted' | 'dismissed') {
  const prompt = vi.fn(() => Promise.resolve());
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt,
    userChoice: Promise.resolve({ outcome: choice }),
  });
  window.dispatchEvent(event);
  return { event, prompt };
}

describe('the PWA’s Install button', () => {
  captureInstallOffer();
  afterEach(cleanup);

  it('shows only once the browser offers installation, and prompts once', async () => {
    render(<InstallHarness />);
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
    const { event, prompt } = offerInstall('dismissed');
    expect(event.defaultPrevented).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Install' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    // An offer is good for one prompt: the button goes until the browser offers again.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Install' })).toBeNull());
  });

  it('goes away once the app is installed', async () => {
    render(<InstallHarness />);
    offerInstall('accepted');
    await screen.findByRole('button', { name: 'Install' });
    window.dispatchEvent(new Event('appinstalled'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Install' })).toBeNull());
  });

  it('gives iOS Safari, which has no prompt, the Share hint instead', () => {
    render(<InstallPanel state="ios" onInstall={() => undefined} />);
    screen.getByText(/tap Share, then/);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
