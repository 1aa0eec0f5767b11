import { useLinkComponent } from '../link/useLinkComponent';

export interface PhaseBannerProps {
  phase: string;
  /** Where "giving feedback" links to; plain text when absent. */
  feedbackHref?: string;
}

export function PhaseBanner({ phase, feedbackHref }: PhaseBannerProps) {
  const Link = useLinkComponent();
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{phase}</strong>{' '}
        <span className="govuk-phase-banner__text">
          This is a new service. Help us improve it by{' '}
          {feedbackHref ? (
            <Link href={feedbackHref} className="govuk-link">
              giving feedback
            </Link>
          ) : (
            'giving feedback'
          )}
          .
        </span>
      </p>
    </div>
  );
}
