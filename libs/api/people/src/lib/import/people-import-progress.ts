/** Where a long import is, for progress on stderr. */
export type PeopleImportProgress =
  | { phase: 'checked'; rows: number }
  | { phase: 'staged'; rows: number; total: number }
  | { phase: 'upserting'; rows: number };
