import { Button, InsetText, useDocumentTitle, useLinkComponent } from '@pathways/web-ui';
import { longDate } from '../common/dates';
import { applySteps, stepPath } from './apply-flow';
import { ApplyFrame, type ApplyContext } from './ApplyFrame';

export function ApplyStartPage() {
  return <ApplyFrame>{(context) => <Start {...context} />}</ApplyFrame>;
}

function Start({ intake, intakeId }: ApplyContext) {
  useDocumentTitle(`Apply for a care leaver internship`);
  const Link = useLinkComponent();
  const start = longDate(intake.startDate);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{intake.programmeName}</span>
        <h1 className="govuk-heading-l">Apply for a care leaver internship</h1>
        <p className="govuk-body">
          {intake.name}: paid internships of {intake.termMonths} months at Administrative Officer or
          Executive Officer level, starting on {start}. Applications close on{' '}
          {longDate(intake.applicationsClose)}.
        </p>
        {intake.programmeDescription && <p className="govuk-body">{intake.programmeDescription}</p>}
        <h2 className="govuk-heading-m">Who can apply</h2>
        <p className="govuk-body">You can apply if:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>you were in care for at least 13 weeks in total</li>
          <li>some of that time was after your 16th birthday</li>
          <li>
            you will be {intake.minimumAge} to {intake.maximumAge} years old on {start}
          </li>
        </ul>
        <h2 className="govuk-heading-m">What we will ask</h2>
        <p className="govuk-body">
          We will ask about your time in care
          {intake.needsDateOfBirth ? ', your date of birth' : ''}, where you could work and the kind
          of work you would like. We tell you straight away if you can apply.
        </p>
        <InsetText>
          Only you can see what you tell us about your time in care. The coordinator of the scheme
          learns only that you can apply.
        </InsetText>
        {intake.applied ? (
          <p className="govuk-body">
            You have already applied to this intake.{' '}
            <Link href="/internships" className="govuk-link">
              See your application
            </Link>
          </p>
        ) : (
          <Button isStartButton href={stepPath(intakeId, applySteps(intake.needsDateOfBirth)[0])}>
            Start now
          </Button>
        )}
      </div>
    </div>
  );
}
