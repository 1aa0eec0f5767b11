import { Panel, useDocumentTitle, useLinkComponent } from '@pathways/web-ui';
import { formatDateTime } from './format';

export function PersonErased({ erasedAt }: { erasedAt: string }) {
  useDocumentTitle('Person’s data erased');
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Person’s data erased">{formatDateTime(erasedAt)}</Panel>
        <p className="govuk-body">The erasure and its reason are recorded in the audit log.</p>
        <p className="govuk-body">
          <Link href="/admin/people" className="govuk-link">
            Back to people and roles
          </Link>
        </p>
      </div>
    </div>
  );
}
