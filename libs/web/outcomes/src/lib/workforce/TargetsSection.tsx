import { Button, Table, Tag } from '@pathways/web-ui';
import { csvFileName } from '../common/download-text';
import { DownloadCsvButton } from '../common/DownloadCsvButton';
import { targetProgress, targetScope, targetShareText } from './target-progress';
import { targetsCsv, type TargetLike } from './workforce-csv';

export interface TargetsSectionProps {
  targets: readonly TargetLike[];
  asOf: string;
  canManage: boolean;
}

/** Five-year targets (actions 2.5 and 5.1) and where each stands today. */
export function TargetsSection({ targets, asOf, canManage }: TargetsSectionProps) {
  return (
    <section aria-labelledby="targets">
      <h2 className="govuk-heading-l" id="targets">
        Five-year targets
      </h2>
      {targets.length === 0 ? (
        <p className="govuk-body">No targets have been set yet.</p>
      ) : (
        <>
          <Table
            caption="Targets and progress"
            captionSize="s"
            firstCellIsHeader
            head={[
              { content: 'Target' },
              { content: 'Who it counts' },
              { content: 'Target share', numeric: true },
              { content: 'By', numeric: true },
              { content: 'Now', numeric: true },
              { content: 'Progress' },
            ]}
            rows={targets.map((target) => {
              const progress = targetProgress(target);
              return [
                { content: target.name },
                { content: targetScope(target) },
                { content: targetShareText(target.targetShare), numeric: true },
                { content: target.targetYear, numeric: true },
                { content: progress.now, numeric: true },
                {
                  content: progress.met ? <Tag colour="green">Met</Tag> : progress.progress,
                },
              ];
            })}
          />
          <DownloadCsvButton
            text="Download the targets table (CSV)"
            fileName={csvFileName('workforce', 'targets', asOf)}
            csv={() => targetsCsv(targets)}
          />
        </>
      )}
      {canManage && (
        <Button variant="secondary" href="/workforce/targets">
          Manage targets
        </Button>
      )}
    </section>
  );
}
