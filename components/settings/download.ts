/**
 * Saves text as a file through a Blob and a temporary `<a download>` link:
 * works in extension pages and the installed PWA without any network or permission.
 * Throws when the browser refuses, so callers can stop before anything destructive.
 */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Firefox starts the download after the click returns; revoking at once could cancel it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
