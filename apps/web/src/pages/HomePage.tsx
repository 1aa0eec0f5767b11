import { HomeAccountActions } from '@pathways/web-account';
import { InsetText, useLinkComponent } from '@pathways/web-ui';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ServiceStatus } from './ServiceStatus';

export function HomePage() {
  useDocumentTitle(null);
  const Link = useLinkComponent();
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
          <li>
            <Link href="/mentoring" className="govuk-link">
              find a mentor or sponsor, or volunteer to be one
            </Link>
          </li>
          <li>
            <Link href="/internships" className="govuk-link">
              apply for a care leaver internship, or run an intake and record how interns progress
            </Link>
          </li>
          <li>
            <Link href="/vacancies" className="govuk-link">
              get alerts about accelerator roles that match your grade, profession and region
            </Link>
          </li>
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
