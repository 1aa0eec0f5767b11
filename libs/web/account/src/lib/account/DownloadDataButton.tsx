import { useMyPersonalDataLazyQuery } from '@pathways/web-graphql';
import { Button, ErrorMessage } from '@pathways/web-ui';
import { useState } from 'react';
import { SERVICE_PROBLEM } from '../common/graphql-errors';
import { downloadText, personalDataFileName } from './download-file';

export function DownloadDataButton() {
  const [load, { loading }] = useMyPersonalDataLazyQuery({ fetchPolicy: 'network-only' });
  const [failed, setFailed] = useState(false);
  const download = async () => {
    setFailed(false);
    try {
      const { data } = await load();
      if (!data) throw new Error('no data');
      downloadText(data.myPersonalData.json, personalDataFileName(data.myPersonalData.generatedAt));
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      {failed && <ErrorMessage>{SERVICE_PROBLEM}</ErrorMessage>}
      <Button variant="secondary" type="button" disabled={loading} onClick={() => void download()}>
        Download your data
      </Button>
    </>
  );
}
