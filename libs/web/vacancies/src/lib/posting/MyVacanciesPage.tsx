import { useMyVacanciesQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  ServiceProblem,
  Table,
  Tag,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { formatDate } from '../common/dates';
import { FlashBanner } from '../common/FlashBanner';
import { STATUS_TAGS } from '../common/labels';
import { nameOf } from '../common/reference';
import { useReferenceData } from '../common/useReferenceData';

export function MyVacanciesPage() {
  useDocumentTitle('Roles you posted');
  const Link = useLinkComponent();
  const { data, error } = useMyVacanciesQuery({ fetchPolicy: 'cache-and-network' });
  const { reference, error: referenceError } = useReferenceData();
  if (error || referenceError) return <ServiceProblem />;
  if (!data || !reference) return <Loading what="your roles" />;
  const vacancies = data.myVacancies;

  return (
    <>
      <BackLink href="/vacancies" text="All accelerator roles" />
      <FlashBanner />
      <h1 className="govuk-heading-l">Roles you posted</h1>
      <Button href="/vacancies/new">Post an accelerator role</Button>
      {vacancies.length === 0 ? (
        <p className="govuk-body">You have not posted any roles yet.</p>
      ) : (
        <Table
          caption="Your roles, newest first"
          captionSize="m"
          head={[{ content: 'Role' }, { content: 'Status' }, { content: 'Closing date' }]}
          rows={vacancies.map((vacancy) => [
            {
              content: (
                <>
                  <Link
                    href={
                      vacancy.status === 'draft'
                        ? `/vacancies/${vacancy.id}/publish`
                        : `/vacancies/${vacancy.id}`
                    }
                    className="govuk-link"
                  >
                    {vacancy.title}
                  </Link>
                  <br />
                  <span className="govuk-body-s">
                    {nameOf(reference, 'departments', vacancy.departmentCode)}
                  </span>
                </>
              ),
            },
            {
              content: (
                <Tag colour={STATUS_TAGS[vacancy.status].colour}>
                  {STATUS_TAGS[vacancy.status].text}
                </Tag>
              ),
            },
            { content: formatDate(vacancy.closingDate) },
          ])}
        />
      )}
    </>
  );
}
