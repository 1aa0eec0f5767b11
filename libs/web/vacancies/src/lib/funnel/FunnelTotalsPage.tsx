import { useVacancyFunnelTotalsQuery } from '@pathways/web-graphql';
import { BackLink, Button, Loading, Select, useDocumentTitle } from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CATEGORY_LABELS, keysOf } from '../common/labels';
import { QueryProblem } from '../common/QueryProblem';
import { selectOptions } from '../common/reference';
import { useReferenceData } from '../common/useReferenceData';
import { FunnelTable } from './FunnelTable';
import {
  totalsFiltersFromSearch,
  totalsFiltersToInput,
  totalsFiltersToSearch,
  vacancyCountText,
  type TotalsFilters,
} from './funnel-totals-filters';

/** For analysts and admins: every published accelerator role in total. */
export function FunnelTotalsPage() {
  useDocumentTitle('Who accelerator roles reach');
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const filters = totalsFiltersFromSearch(search);
  const [form, setForm] = useState<TotalsFilters>(filters);
  const { reference, error: referenceError } = useReferenceData();
  const { data, error } = useVacancyFunnelTotalsQuery({
    variables: { input: totalsFiltersToInput(filters) },
    fetchPolicy: 'cache-and-network',
  });
  if (error || referenceError)
    return <QueryProblem error={error ?? referenceError} who="analysts and admins" />;
  if (!reference) return <Loading what="the report" />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/vacancies/funnel${totalsFiltersToSearch(form)}`);
  };

  return (
    <>
      <BackLink href="/vacancies" text="All accelerator roles" />
      <h1 className="govuk-heading-l">Who accelerator roles reach</h1>
      <form noValidate onSubmit={submit} aria-label="Choose the roles">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="department"
              name="departmentCode"
              label="Department"
              labelSize="s"
              options={selectOptions(reference, 'departments', 'Every department you can see')}
              value={form.departmentCode}
              onChange={(departmentCode) => setForm((now) => ({ ...now, departmentCode }))}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="category"
              name="category"
              label="Kind of role"
              labelSize="s"
              options={[
                { value: '', text: 'Every kind' },
                ...keysOf(CATEGORY_LABELS).map((value) => ({
                  value,
                  text: CATEGORY_LABELS[value],
                })),
              ]}
              value={form.category}
              onChange={(category) => setForm((now) => ({ ...now, category }))}
            />
          </div>
        </div>
        <Button variant="secondary">Show figures</Button>
      </form>
      {!data ? (
        <Loading what="the figures" />
      ) : (
        <>
          <p className="govuk-body-l">{vacancyCountText(data.vacancyFunnelTotals.vacancyCount)}</p>
          <FunnelTable
            funnel={data.vacancyFunnelTotals}
            caption="Pairs of role and person at each stage, by socio-economic background"
          />
        </>
      )}
    </>
  );
}
