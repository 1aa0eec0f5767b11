import type { QuestionKey } from '@pathways/domain-seb';
import { useLinkComponent } from '@pathways/web-ui';

interface OccupationFormSwitchProps {
  questionKey: QuestionKey;
  hrefFor: (path: string) => string;
}

/** Offers the four-part version of the occupation question from the one-part one, and back. */
export function OccupationFormSwitch({ questionKey, hrefFor }: OccupationFormSwitchProps) {
  const Link = useLinkComponent();
  if (questionKey === 'seb_occupation') {
    return (
      <p className="govuk-body">
        <Link href={hrefFor('/questions/seb_earner_employment')} className="govuk-link">
          Answer in more detail instead
        </Link>
      </p>
    );
  }
  if (questionKey === 'seb_earner_employment') {
    return (
      <p className="govuk-body">
        <Link href={hrefFor('/questions/seb_occupation')} className="govuk-link">
          Answer in one question instead
        </Link>
      </p>
    );
  }
  return null;
}
