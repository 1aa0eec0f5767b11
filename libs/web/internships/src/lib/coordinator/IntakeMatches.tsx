import {
  useApproveInternshipMatchesMutation,
  useRunInternshipMatchingMutation,
  type IntakeFieldsFragment,
} from '@pathways/web-graphql';
import { Button, ErrorSummary, Table } from '@pathways/web-ui';
import { useState } from 'react';
import { fullName, MatchTag } from '../common/labels';
import { problemsFrom } from '../common/problems';

type Match = IntakeFieldsFragment['matches'][number];

/** Matching with the exact engine, and the coordinator's review: approve all, or one by one. */
export function IntakeMatches({ intakeId, matches }: { intakeId: string; matches: Match[] }) {
  const [run, running] = useRunInternshipMatchingMutation();
  const [approve, approving] = useApproveInternshipMatchesMutation();
  const [problem, setProblem] = useState<string>();
  const busy = running.loading || approving.loading;
  const attempt = async (action: () => Promise<unknown>) => {
    try {
      setProblem(undefined);
      await action();
    } catch (error) {
      setProblem(problemsFrom(error)[0]?.message);
    }
  };
  const suggested = matches.filter((match) => match.status === 'suggested');
  return (
    <section aria-labelledby="matching-heading">
      <h2 className="govuk-heading-m" id="matching-heading">
        Matching
      </h2>
      {problem && (
        <ErrorSummary key={problem} errors={[{ href: '#run-matching', text: problem }]} />
      )}
      <p className="govuk-body">
        Matching offers each open placement to at most one waiting applicant: as many applicants as
        possible, then the best fit of region and kind of work. Nobody is offered a placement
        outside the regions they chose. Suggestions go to applicants only when you approve them.
      </p>
      {matches.length > 0 && (
        <Table
          caption="Matches"
          captionSize="s"
          firstCellIsHeader
          head={[
            { content: 'Applicant' },
            { content: 'Placement' },
            { content: 'Fit', numeric: true },
            { content: 'Why' },
            { content: 'Status' },
            { content: 'Action' },
          ]}
          rows={matches.map((match) => [
            { content: fullName(match.candidate) },
            { content: match.placementSummary },
            { content: `${Math.round(match.score * 100)}%`, numeric: true },
            {
              content: (
                <ul className="govuk-list govuk-body-s">
                  {match.explanation.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ),
            },
            { content: <MatchTag status={match.status} /> },
            {
              content:
                match.status === 'suggested' ? (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={busy}
                    onClick={() =>
                      void attempt(() =>
                        approve({ variables: { input: { intakeId, matchIds: [match.id] } } }),
                      )
                    }
                  >
                    Approve
                    <span className="govuk-visually-hidden"> {fullName(match.candidate)}</span>
                  </button>
                ) : (
                  ''
                ),
            },
          ])}
        />
      )}
      <div className="govuk-button-group" id="run-matching">
        <Button
          type="button"
          variant={suggested.length ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={() => void attempt(() => run({ variables: { input: { intakeId } } }))}
        >
          Run matching
        </Button>
        {suggested.length > 0 && (
          <Button
            type="button"
            disabled={busy}
            onClick={() =>
              void attempt(() => approve({ variables: { input: { intakeId, all: true } } }))
            }
          >
            Approve all suggestions
          </Button>
        )}
      </div>
    </section>
  );
}
