import { Panel, useDocumentTitle, useLinkComponent } from '@pathways/web-ui';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { clearDraft } from './draft-store';

export function ApplicationSentPage() {
  useDocumentTitle('Application sent');
  const intakeId = useParams()['intakeId'] ?? '';
  useEffect(() => clearDraft(intakeId), [intakeId]);
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Application sent" />
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The coordinator matches applicants with the placements departments offer. When you are
          offered a placement, we will tell you here and you can accept or decline it.
        </p>
        <p className="govuk-body">
          <Link href="/internships" className="govuk-link">
            Go to care leaver internships
          </Link>
        </p>
      </div>
    </div>
  );
}
