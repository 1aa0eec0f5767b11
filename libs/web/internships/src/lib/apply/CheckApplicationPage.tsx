import { useApplyToInternshipMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  ErrorSummary,
  Loading,
  parseDateParts,
  type Problem,
  ServiceProblem,
  SummaryList,
  useDocumentTitle,
} from '@pathways/web-ui';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { longDate, todayIso } from '../common/dates';
import { problemsFrom } from '../common/problems';
import { eligibilityAnswers, missingCareStep, stepPath, type ApplyStep } from './apply-flow';
import { ApplyFrame, type ApplyContext } from './ApplyFrame';
import { useApplicationChoices } from './useApplicationChoices';
import { CHANGING } from './useApplyContext';

const TITLE = 'Check your answers before sending your application';

export function CheckApplicationPage() {
  return <ApplyFrame>{(context) => <CheckApplication {...context} />}</ApplyFrame>;
}

function CheckApplication({ intakeId, intake, draft }: ApplyContext) {
  const navigate = useNavigate();
  const choices = useApplicationChoices();
  const [apply, { loading }] = useApplyToInternshipMutation();
  const [problems, setProblems] = useState<Problem[]>([]);
  useDocumentTitle(TITLE, problems.length > 0);
  const missing = missingCareStep(draft, intake.needsDateOfBirth, todayIso());
  if (missing) return <Navigate to={stepPath(intakeId, missing)} replace />;
  if (draft.regions.length === 0) return <Navigate to={stepPath(intakeId, 'regions')} replace />;
  if (choices.failed) return <ServiceProblem />;
  if (!choices.loaded) return <Loading />;

  const change = (step: ApplyStep, what: string) => [
    {
      href: `${stepPath(intakeId, step)}?change=${CHANGING}`,
      text: 'Change',
      visuallyHiddenText: what,
    },
  ];
  const dateOfBirth = parseDateParts(draft.dateOfBirth, 'Date of birth');
  const send = async () => {
    try {
      await apply({
        variables: {
          input: {
            ...eligibilityAnswers(intakeId, draft, intake.needsDateOfBirth),
            preferredRegions: draft.regions,
            preferredWork: draft.work,
          },
        },
      });
      // The sent page forgets the answers: forgetting them here would send this page back to
      // the first question before the navigation lands.
      navigate(`/internships/apply/${intakeId}/sent`);
    } catch (error) {
      setProblems(problemsFrom(error));
    }
  };

  return (
    <>
      <BackLink href={stepPath(intakeId, 'work')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problems.length > 0 && (
            <ErrorSummary errors={problems.map((p) => ({ href: '#send', text: p.message }))} />
          )}
          <span className="govuk-caption-l">{intake.name}</span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <h2 className="govuk-heading-m">Your time in care</h2>
          <SummaryList
            rows={[
              {
                key: 'Weeks in care',
                value: draft.weeksInCare,
                actions: change('weeks-in-care', 'how many weeks you were in care'),
              },
              {
                key: 'In care after your 16th birthday',
                value: draft.inCareAfterSixteen === 'yes' ? 'Yes' : 'No',
                actions: change(
                  'after-sixteen',
                  'whether you were in care after your 16th birthday',
                ),
              },
              ...(intake.needsDateOfBirth
                ? [
                    {
                      key: 'Date of birth',
                      value: dateOfBirth.kind === 'date' ? longDate(dateOfBirth.iso) : '',
                      actions: change('date-of-birth', 'your date of birth'),
                    },
                  ]
                : []),
            ]}
          />
          <h2 className="govuk-heading-m">Your placement</h2>
          <SummaryList
            rows={[
              {
                key: 'Regions you could work in',
                value: draft.regions.map(choices.regionName).join(', '),
                actions: change('regions', 'regions'),
              },
              {
                key: 'Kinds of work',
                value: draft.work.length
                  ? draft.work.map(choices.workName).join(', ')
                  : 'No preference',
                actions: change('work', 'kinds of work'),
              },
            ]}
          />
          <h2 className="govuk-heading-m">Now send your application</h2>
          <p className="govuk-body">
            Only you can see what you told us about your time in care. The coordinator sees your
            name, staff number and the placement choices you made.
          </p>
          <div id="send">
            <Button preventDoubleClick disabled={loading} type="button" onClick={() => void send()}>
              Send application
            </Button>
          </div>
        </div>
      </div>
    </>
  );
}
