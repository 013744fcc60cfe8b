import { render } from 'preact';
import { App } from './App';

function main(): void {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

main();
