import {
  Button,
  DateInput,
  type FormErrorsState,
  Select,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import {
  auditFilterValues,
  auditQueryFromValues,
  type AuditFilterValues,
} from './audit-filter-form';
import { AUDIT_ACTION_LABELS, type AuditQuery } from './audit-query';

const ACTION_OPTIONS = [
  { value: '', text: 'All actions' },
  ...Object.entries(AUDIT_ACTION_LABELS).map(([value, text]) => ({ value, text })),
];

interface AuditFilterFormProps {
  query: AuditQuery;
  form: FormErrorsState;
  onApply: (query: AuditQuery) => void;
}

export function AuditFilterForm({ query, form, onApply }: AuditFilterFormProps) {
  const Link = useLinkComponent();
  const [values, setValues] = useState<AuditFilterValues>(() => auditFilterValues(query));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = auditQueryFromValues(values);
    if (result.query) {
      form.clear();
      onApply(result.query);
    } else {
      form.show(result.problems);
    }
  };
  return (
    <form noValidate onSubmit={submit} className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m">Filter</h2>
      <Select
        id="action"
        name="action"
        label="Action"
        options={ACTION_OPTIONS}
        value={values.action}
        onChange={(action) => setValues({ ...values, action })}
      />
      <DateInput
        id="from"
        legend="From"
        hint="In UTC, for example 27 3 2025"
        value={values.from}
        onChange={(from) => setValues({ ...values, from })}
        errorMessage={form.errors.byField['from']}
      />
      <DateInput
        id="to"
        legend="To"
        hint="Includes the whole day"
        value={values.to}
        onChange={(to) => setValues({ ...values, to })}
        errorMessage={form.errors.byField['to']}
      />
      <div className="govuk-button-group">
        <Button variant="secondary">Apply filters</Button>
        <Link href="/admin/audit" className="govuk-link">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
