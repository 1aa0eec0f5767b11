import { useLinkComponent } from '@pathways/web-ui';

export interface EligibilityMessageProps {
  eligibility: { eligible: boolean; reasons: readonly string[] };
  /** Whether the person has answered the questions that place them in a group. */
  answeredBackground: boolean;
}

/** Only ever about the signed-in person, from their own answers and record. */
export function EligibilityMessage({ eligibility, answeredBackground }: EligibilityMessageProps) {
  const Link = useLinkComponent();
  if (eligibility.eligible) {
    return (
      <p className="govuk-body">
        <strong className="govuk-tag govuk-tag--green">Eligible</strong> You are eligible to apply.
      </p>
    );
  }
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body govuk-!-font-weight-bold">You are not eligible because:</p>
      <ul className="govuk-list govuk-list--bullet">
        {eligibility.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {!answeredBackground ? (
        <p className="govuk-body">
          <Link href="/questions" className="govuk-link">
            Answer the questions about your background
          </Link>
        </p>
      ) : (
        <p className="govuk-body">
          <Link href="/questions/mine" className="govuk-link">
            See or change your answers
          </Link>
        </p>
      )}
    </div>
  );
}
