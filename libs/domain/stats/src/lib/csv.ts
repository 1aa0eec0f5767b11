export type CsvValue = string | number | boolean | null;

// RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes.
function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records as RFC 4180 CSV: null is an empty field, every record ends with CRLF. */
export function formatCsv(records: readonly (readonly CsvValue[])[]): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
