export function App() {
  return <main>Backend Path</main>;
}
