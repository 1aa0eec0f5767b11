import { useVacancyFunnelQuery } from '@pathways/web-graphql';
import { BackLink, Loading, useDocumentTitle } from '@pathways/web-ui';
import { useParams } from 'react-router-dom';
import { QueryProblem } from '../common/QueryProblem';
import { FunnelTable } from './FunnelTable';

/** For the person who posted the role: how far people got, by socio-economic background. */
export function VacancyFunnelPage() {
  const { vacancyId = '' } = useParams();
  const { data, error } = useVacancyFunnelQuery({
    variables: { input: { vacancyId } },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle('Who the role reached');
  if (error) return <QueryProblem error={error} who="the person who posted the role" />;
  if (!data) return <Loading what="the funnel" />;
  const vacancy = data.acceleratorRole;

  return (
    <>
      <BackLink href={`/vacancies/${vacancy.id}`} />
      <span className="govuk-caption-l">{vacancy.title}</span>
      <h1 className="govuk-heading-l">Who the role reached</h1>
      <FunnelTable
        funnel={data.vacancyFunnel}
        caption="People at each stage, by socio-economic background"
      />
    </>
  );
}
