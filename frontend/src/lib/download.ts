/**
 * Save a file the site fetched (through the API client, so errors are handled like any other).
 * A temporary `blob:` link is clicked with `download`; the Content Security Policy has nothing to
 * say about that, and nothing leaves the browser.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the object URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
