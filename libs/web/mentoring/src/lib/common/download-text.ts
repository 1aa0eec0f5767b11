/** `pathways-cohort-CATAPULT-2026-OPEN-2026-03-27.csv`: codes and the date, nobody's name. */
export function cohortCsvFileName(programmeCode: string, cohortCode: string, today: Date): string {
  const safe = (code: string) => code.replace(/[^A-Za-z0-9-]+/g, '-');
  return `pathways-cohort-${safe(programmeCode)}-${safe(cohortCode)}-${today.toISOString().slice(0, 10)}.csv`;
}

/**
 * Saves text as a file from memory: a Blob URL, so the data never appears in an address
 * the browser might log or keep in history.
 */
export function downloadText(text: string, fileName: string, type: string): void {
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
