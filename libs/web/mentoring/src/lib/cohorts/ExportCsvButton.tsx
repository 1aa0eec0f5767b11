import { useCohortExportCsvLazyQuery } from '@pathways/web-graphql';
import { Button, ErrorMessage } from '@pathways/web-ui';
import { useState } from 'react';
import { cohortCsvFileName, downloadText } from '../common/download-text';
import { SERVICE_PROBLEM } from '../common/graphql-errors';

/** Matches and activity as CSV, built in memory: no SEB answers, no private notes. */
export function ExportCsvButton({
  cohortId,
  programmeCode,
  cohortCode,
}: {
  cohortId: string;
  programmeCode: string;
  cohortCode: string;
}) {
  const [load, { loading }] = useCohortExportCsvLazyQuery({ fetchPolicy: 'network-only' });
  const [failed, setFailed] = useState(false);
  const download = async () => {
    setFailed(false);
    try {
      const { data } = await load({ variables: { cohortId } });
      if (!data) throw new Error('no data');
      downloadText(
        data.cohortExportCsv,
        cohortCsvFileName(programmeCode, cohortCode, new Date()),
        'text/csv',
      );
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      {failed && <ErrorMessage>{SERVICE_PROBLEM}</ErrorMessage>}
      <Button variant="secondary" type="button" disabled={loading} onClick={() => void download()}>
        Download matches and activity (CSV)
      </Button>
    </>
  );
}
