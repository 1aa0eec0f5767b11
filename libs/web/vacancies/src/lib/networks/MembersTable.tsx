import {
  NetworkMembersDocument,
  useNetworkMembersQuery,
  useRemoveNetworkMemberMutation,
} from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  Button,
  Loading,
  ScrollableTable,
  ServiceProblem,
  Table,
  type Problem,
} from '@pathways/web-ui';
import { useState } from 'react';
import { formatDate } from '../common/dates';
import { problemsFrom } from '../common/graphql-errors';
import { nameOf, type ReferenceData } from '../common/reference';

/** Only the network's leads see who its members are: membership can reveal a characteristic. */
export function MembersTable({
  networkId,
  reference,
}: {
  networkId: string;
  reference: ReferenceData;
}) {
  const variables = { input: { networkId } };
  const { data, error } = useNetworkMembersQuery({ variables, fetchPolicy: 'cache-and-network' });
  const [remove, { loading }] = useRemoveNetworkMemberMutation({
    refetchQueries: [{ query: NetworkMembersDocument, variables }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="members" />;
  const members = data.networkMembers;
  const removeMember = async (personId: string) => {
    setProblems([]);
    try {
      await remove({ variables: { input: { networkId, personId } } });
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };

  return (
    <div id="members" tabIndex={-1}>
      <ActionErrorSummary problems={problems} target="members" />
      <h2 className="govuk-heading-m">Members ({members.length})</h2>
      <p className="govuk-body">
        Keep this list to yourself: being a member can say something personal about someone.
      </p>
      {members.length === 0 ? (
        <p className="govuk-body">Nobody has joined yet.</p>
      ) : (
        <ScrollableTable label="Members">
          <Table
            head={[
              { content: 'Name' },
              { content: 'Department and grade' },
              { content: 'Joined' },
              { content: <span className="govuk-visually-hidden">Action</span> },
            ]}
            firstCellIsHeader
            rows={members.map((member) => {
              const name = `${member.givenName} ${member.familyName}`;
              return [
                {
                  content: (
                    <>
                      {name}
                      {member.email && (
                        <>
                          <br />
                          <span className="govuk-body-s">{member.email}</span>
                        </>
                      )}
                    </>
                  ),
                },
                {
                  content: `${nameOf(reference, 'departments', member.departmentCode)}, ${nameOf(reference, 'grades', member.gradeCode)}`,
                },
                { content: formatDate(member.joinedAt) },
                {
                  content: (
                    <Button
                      variant="warning"
                      type="button"
                      disabled={loading}
                      onClick={() => void removeMember(member.personId)}
                    >
                      Remove<span className="govuk-visually-hidden"> {name}</span>
                    </Button>
                  ),
                },
              ];
            })}
          />
        </ScrollableTable>
      )}
    </div>
  );
}
