/** `pathways-personal-data-2025-03-27.json`: the date only, nothing about the person. */
export function personalDataFileName(generatedAt: string): string {
  return `pathways-personal-data-${generatedAt.slice(0, 10)}.json`;
}

/**
 * Saves text as a file from memory: a Blob URL, so the data never appears in an address
 * the browser might log or keep in history.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
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
