import { render } from 'preact';
import { watchStartupMarks } from '../../components/startup-marks';
import { systemClock } from '../../utils/date';
import { extensionPlatform } from '../../utils/platform';
import { App } from './App';

function main(): void {
  const root = document.getElementById('app');
  if (!root) return;
  watchStartupMarks(root);
  render(
    <App environment={{ clock: systemClock, platform: extensionPlatform({ inPopup: true }) }} />,
    root,
  );
}

main();
