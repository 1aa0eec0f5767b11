import { useInternshipEligibilityQuery } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  Loading,
  Panel,
  ServiceProblem,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { Navigate } from 'react-router-dom';
import { todayIso } from '../common/dates';
import { eligibilityAnswers, missingCareStep, previousStep, stepPath } from './apply-flow';
import { ApplyFrame, type ApplyContext } from './ApplyFrame';
import { CHANGING } from './useApplyContext';

export function EligibilityPage() {
  return <ApplyFrame>{(context) => <Eligibility {...context} />}</ApplyFrame>;
}

function Eligibility(context: ApplyContext) {
  const { intakeId, intake, draft, changing } = context;
  const missing = missingCareStep(draft, intake.needsDateOfBirth, todayIso());
  const { data, error } = useInternshipEligibilityQuery({
    variables: { input: eligibilityAnswers(intakeId, draft, intake.needsDateOfBirth) },
    skip: missing !== null,
    fetchPolicy: 'network-only',
  });
  if (missing) return <Navigate to={stepPath(intakeId, missing)} replace />;
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="whether you can apply" />;
  const { eligible, reasons } = data.internshipEligibility;
  const back = stepPath(intakeId, previousStep('eligibility', intake.needsDateOfBirth));
  return eligible ? (
    <Eligible back={back} next={stepPath(intakeId, changing ? 'check' : 'regions')} />
  ) : (
    <NotEligible back={back} reasons={reasons} context={context} />
  );
}

function Eligible({ back, next }: { back: string; next: string }) {
  useDocumentTitle('You can apply');
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="You can apply" />
          <p className="govuk-body">
            From what you have told us, you meet the conditions of the scheme. Next, tell us where
            you could work and the kind of work you would like.
          </p>
          <Button href={next}>Continue</Button>
        </div>
      </div>
    </>
  );
}

function NotEligible({
  back,
  reasons,
  context: { intakeId, intake },
}: {
  back: string;
  reasons: string[];
  context: ApplyContext;
}) {
  useDocumentTitle('You cannot apply to this intake');
  const Link = useLinkComponent();
  const change = (step: string) => `/internships/apply/${intakeId}/${step}?change=${CHANGING}`;
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">You cannot apply to this intake</h1>
          <p className="govuk-body">This is because:</p>
          <ul className="govuk-list govuk-list--bullet">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p className="govuk-body">If something you told us is wrong, you can change it:</p>
          <ul className="govuk-list">
            <li>
              <Link href={change('weeks-in-care')} className="govuk-link">
                Change how many weeks you were in care
              </Link>
            </li>
            <li>
              <Link href={change('after-sixteen')} className="govuk-link">
                Change whether you were in care after your 16th birthday
              </Link>
            </li>
            {intake.needsDateOfBirth && (
              <li>
                <Link href={change('date-of-birth')} className="govuk-link">
                  Change your date of birth
                </Link>
              </li>
            )}
          </ul>
          <p className="govuk-body">
            Nothing you told us has been kept.{' '}
            <Link href="/internships" className="govuk-link">
              Go back to care leaver internships
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
