import { usePersonRoleGrantsQuery } from '@pathways/web-graphql';
import {
  BackLink,
  FormErrorSummary,
  Loading,
  NotificationBanner,
  ServiceProblem,
  Table,
  useDocumentTitle,
  useFormErrors,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { flashFrom } from '../common/flash';
import { roleLabel, scopeLabel } from '../session/roles';
import { formatDateTime } from './format';
import { GRANT_FIELD_IDS } from './grant-role-form';
import { GrantRoleForm } from './GrantRoleForm';
import { personName, usePersonSummary } from './usePersonSummary';

export function PersonRolesPage() {
  const { personId = '' } = useParams();
  const Link = useLinkComponent();
  const person = usePersonSummary(personId);
  const routerFlash = flashFrom(useLocation().state);
  const [granted, setGranted] = useState<string | null>(null);
  const form = useFormErrors(GRANT_FIELD_IDS, 'role');
  const { data, error } = usePersonRoleGrantsQuery({
    variables: { personId },
    fetchPolicy: 'cache-and-network',
  });
  const title = person ? `Roles of ${personName(person)}` : 'Roles';
  useDocumentTitle(title, form.hasErrors);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="roles" />;
  const flash = granted ? `${granted} role granted` : routerFlash;

  return (
    <>
      <BackLink href="/admin/people" text="Back to people" />
      <FormErrorSummary errors={form.errors} />
      {flash && !form.hasErrors && (
        <NotificationBanner key={flash} type="success" heading={flash} />
      )}
      <h1 className="govuk-heading-l">{title}</h1>
      {person && (
        <p className="govuk-body">
          Staff number {person.staffNumber}, {person.departmentCode}, {person.gradeCode}
        </p>
      )}
      {data.roleGrants.length === 0 ? (
        <p className="govuk-body">This person has no roles.</p>
      ) : (
        <Table
          caption="Current roles"
          captionSize="m"
          head={[
            { content: 'Role' },
            { content: 'Scope' },
            { content: 'Granted' },
            { content: 'Action' },
          ]}
          rows={data.roleGrants.map((grant) => [
            { content: roleLabel(grant.role) },
            { content: scopeLabel(grant) },
            { content: formatDateTime(grant.grantedAt) },
            {
              content: (
                <Link
                  href={`/admin/people/${personId}/roles/${grant.id}/revoke`}
                  className="govuk-link"
                >
                  Revoke<span className="govuk-visually-hidden"> {roleLabel(grant.role)} role</span>
                </Link>
              ),
            },
          ])}
        />
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <GrantRoleForm personId={personId} form={form} onGranted={setGranted} />
          <h2 className="govuk-heading-m govuk-!-margin-top-8">Erase this person’s data</h2>
          <p className="govuk-body">
            If they ask you to, you can remove their identifying and sensitive information.{' '}
            <Link href={`/admin/people/${personId}/erase`} className="govuk-link">
              Erase this person’s data
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
