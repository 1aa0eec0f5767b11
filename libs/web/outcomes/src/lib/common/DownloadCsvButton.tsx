import { Button, ErrorMessage } from '@pathways/web-ui';
import { useState } from 'react';
import { downloadText } from './download-text';
import { SERVICE_PROBLEM } from './graphql-errors';

export interface DownloadCsvButtonProps {
  /** The button's words, e.g. "Download this table (CSV)". */
  text: string;
  fileName: string;
  /** The file's text: fetched on demand (an audited export) or built from what is shown. */
  csv: () => Promise<string> | string;
}

/** Saves a CSV from memory, never through an address that could be logged. */
export function DownloadCsvButton({ text, fileName, csv }: DownloadCsvButtonProps) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      downloadText(await csv(), fileName);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={failed ? 'govuk-form-group govuk-form-group--error' : undefined}>
      {failed && <ErrorMessage>{SERVICE_PROBLEM}</ErrorMessage>}
      <Button variant="secondary" type="button" disabled={busy} onClick={() => void download()}>
        {text}
      </Button>
    </div>
  );
}
