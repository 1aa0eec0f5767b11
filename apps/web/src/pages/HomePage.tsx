import { HomeAccountActions } from '@pathways/web-account';
import { InsetText } from '@pathways/web-ui';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ServiceStatus } from './ServiceStatus';

export function HomePage() {
  useDocumentTitle(null);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Pathways</h1>
        <p className="govuk-body-l">
          Pathways supports Civil Service staff from lower socio-economic backgrounds to progress:
          mentoring and cross-department sponsorship by senior leaders, paid internships for care
          leavers, and alerts when accelerator roles are advertised.
        </p>
        <p className="govuk-body">
          It measures whether these programmes work by comparing outcomes fairly across backgrounds,
          without ever showing anyone’s answers to the people they work with.
        </p>
        <h2 className="govuk-heading-m">Use this service to:</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>find a mentor or sponsor, or volunteer to be one</li>
          <li>run a care leaver internship intake and record how interns progress</li>
          <li>get alerts about accelerator roles that match your grade, profession and region</li>
          <li>see how each programme is working for people from different backgrounds</li>
        </ul>
        <InsetText>
          Questions about your background are optional. Reports only show groups large enough that
          nobody can be identified from them.
        </InsetText>
        <HomeAccountActions />
      </div>
      <div className="govuk-grid-column-one-third">
        <ServiceStatus />
      </div>
    </div>
  );
}
