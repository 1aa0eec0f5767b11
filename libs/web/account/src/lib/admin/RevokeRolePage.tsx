import {
  PersonRoleGrantsDocument,
  usePersonRoleGrantsQuery,
  useRevokeRoleMutation,
} from '@pathways/web-graphql';
import {
  Button,
  ErrorSummary,
  Loading,
  PageNotFound,
  ServiceProblem,
  SummaryList,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { roleLabel, scopeLabel } from '../session/roles';
import { formatDateTime } from './format';
import { personName, usePersonSummary } from './usePersonSummary';

export function RevokeRolePage() {
  const { personId = '', grantId = '' } = useParams();
  const navigate = useNavigate();
  const Link = useLinkComponent();
  const person = usePersonSummary(personId);
  const { data, error } = usePersonRoleGrantsQuery({ variables: { personId } });
  const [revoke, { loading }] = useRevokeRoleMutation({
    refetchQueries: [{ query: PersonRoleGrantsDocument, variables: { personId } }],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  useDocumentTitle('Are you sure you want to revoke this role?', problem !== null);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="role" />;
  const grant = data.roleGrants.find((candidate) => candidate.id === grantId);
  if (!grant) return <PageNotFound />;
  const back = `/admin/people/${personId}`;

  const confirm = async () => {
    try {
      await revoke({ variables: { id: grant.id } });
      const state: FlashState = { flash: `${roleLabel(grant.role)} role revoked` };
      navigate(back, { state });
    } catch (failure) {
      setProblem(problemsFrom(failure)[0].message);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem && <ErrorSummary errors={[{ href: '#revoke', text: problem }]} />}
        <span className="govuk-caption-l">{personName(person)}</span>
        <h1 className="govuk-heading-l">Are you sure you want to revoke this role?</h1>
        <SummaryList
          rows={[
            { key: 'Role', value: roleLabel(grant.role) },
            { key: 'Scope', value: scopeLabel(grant) },
            { key: 'Granted', value: formatDateTime(grant.grantedAt) },
          ]}
        />
        <p className="govuk-body">
          They will lose what the role lets them do straight away. This is recorded in the audit
          log.
        </p>
        <div className="govuk-button-group" id="revoke">
          <Button variant="warning" type="button" disabled={loading} onClick={() => void confirm()}>
            Revoke role
          </Button>
          <Link href={back} className="govuk-link">
            Cancel
          </Link>
        </div>
      </div>
    </div>
  );
}
