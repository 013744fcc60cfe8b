// Runs before the first paint (a classic script in <head>): applies the saved
// theme so a dark-mode user never sees a white flash. Extension pages forbid
// inline scripts, hence a file of its own.
try {
  const savedTheme = localStorage.getItem('bp:theme');
  if (savedTheme === 'light' || savedTheme === 'dark') {
    document.documentElement.setAttribute('data-theme', savedTheme);
  }
} catch {
  // Storage can be unavailable (private modes); the system theme still applies.
}
