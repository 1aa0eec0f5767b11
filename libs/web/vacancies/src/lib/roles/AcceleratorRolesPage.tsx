import { useAcceleratorRolesQuery } from '@pathways/web-graphql';
import { Loading, Pagination, ServiceProblem, useDocumentTitle } from '@pathways/web-ui';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useReferenceData } from '../common/useReferenceData';
import { RoleFilterForm } from './RoleFilterForm';
import { RoleListItem } from './RoleListItem';
import { RolesActions } from './RolesActions';
import {
  filtersFromSearch,
  filtersToInput,
  filtersToSearch,
  hasFilters,
  pageCount,
  resultsText,
} from './role-filters';

export function AcceleratorRolesPage() {
  useDocumentTitle('Accelerator roles');
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { filters, page } = filtersFromSearch(search);
  const { reference, error: referenceError } = useReferenceData();
  const { data, error } = useAcceleratorRolesQuery({
    variables: { input: filtersToInput(filters, page) },
    fetchPolicy: 'cache-and-network',
  });
  if (error || referenceError) return <ServiceProblem />;
  if (!reference) return <Loading what="accelerator roles" />;
  const total = data?.acceleratorRoles.total ?? 0;

  return (
    <>
      <h1 className="govuk-heading-l">Accelerator roles</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Roles that can speed up a career: in private offices, on high-profile policy, and close
            to ministers and the Senior Civil Service. Every open one is listed here, for everyone.
          </p>
          <RolesActions />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <RoleFilterForm
            key={search.toString()}
            initial={filters}
            reference={reference}
            onApply={(next) => void navigate(`/vacancies${filtersToSearch(next)}`)}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          {!data ? (
            <Loading what="roles" />
          ) : (
            <>
              <h2 className="govuk-heading-m" role="status">
                {resultsText(total, page)}
              </h2>
              {total === 0 && (
                <p className="govuk-body">
                  {hasFilters(filters)
                    ? 'Try fewer filters, or other words.'
                    : 'There are no open accelerator roles at the moment.'}
                </p>
              )}
              <ul className="govuk-list">
                {data.acceleratorRoles.items.map((vacancy) => (
                  <RoleListItem key={vacancy.id} vacancy={vacancy} reference={reference} />
                ))}
              </ul>
              <Pagination
                page={page}
                pages={pageCount(total)}
                hrefOf={(to) => `/vacancies${filtersToSearch(filters, to)}`}
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}
