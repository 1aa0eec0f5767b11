/**
 * Saves text as a file from memory: a Blob URL, so the data never appears in an address
 * the browser might log or keep in history.
 */
export function downloadText(text: string, fileName: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: Chromium starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `pathways-outcomes-CATAPULT-2026-06-30.csv`: codes and a date, nobody's name. */
export function csvFileName(...parts: string[]): string {
  return `pathways-${parts.map((part) => part.replace(/[^A-Za-z0-9-]+/g, '-')).join('-')}.csv`;
}
