import { useDepartmentInternshipsQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Loading,
  NotificationBanner,
  ServiceProblem,
  SummaryList,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { longDate } from '../common/dates';
import { useFlash } from '../common/useFlash';
import { DepartmentPlacementsTable } from './DepartmentPlacementsTable';

const TITLE = 'Your department’s internships';

/** A department lead's page: intakes to offer placements to, and their departments' placements. */
export function DepartmentHomePage() {
  useDocumentTitle(TITLE);
  const flash = useFlash();
  const Link = useLinkComponent();
  const { data, error } = useDepartmentInternshipsQuery({ fetchPolicy: 'cache-and-network' });
  if (error) return <ServiceProblem />;
  if (!data) return <Loading />;
  const { departments, intakes, placements } = data.departmentInternships;

  return (
    <>
      <BackLink href="/internships" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          {flash && <NotificationBanner type="success" heading={flash} />}
          <span className="govuk-caption-l">
            {departments.map((department) => department.name).join(', ')}
          </span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">
            Offer care leaver internship placements in your department, and see how they are going.
            You see the people placed with you; never who else applied.
          </p>
          <h2 className="govuk-heading-m">Intakes taking placements</h2>
          {intakes.length === 0 ? (
            <p className="govuk-body">No intakes are taking placements at the moment.</p>
          ) : (
            intakes.map((intake) => (
              <div key={intake.id} className="govuk-summary-card">
                <div className="govuk-summary-card__title-wrapper">
                  <h3 className="govuk-summary-card__title">
                    {intake.programmeName}: {intake.name}
                  </h3>
                  <ul className="govuk-summary-card__actions">
                    <li className="govuk-summary-card__action">
                      <Link
                        href={`/internships/department/intakes/${intake.id}/placements/new`}
                        className="govuk-link"
                      >
                        Offer a placement
                        <span className="govuk-visually-hidden"> in {intake.name}</span>
                      </Link>
                    </li>
                  </ul>
                </div>
                <div className="govuk-summary-card__content">
                  <SummaryList
                    rows={[
                      {
                        key: 'Applications',
                        value: `${longDate(intake.applicationsOpen)} to ${longDate(intake.applicationsClose)}`,
                      },
                      { key: 'Internships start', value: longDate(intake.startDate) },
                      { key: 'Length', value: `${intake.termMonths} months` },
                    ]}
                  />
                </div>
              </div>
            ))
          )}
          <h2 className="govuk-heading-m">Placements</h2>
          <DepartmentPlacementsTable placements={placements} />
        </div>
      </div>
    </>
  );
}
