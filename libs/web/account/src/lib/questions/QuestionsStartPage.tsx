import { Button, InsetText, useDocumentTitle, useLinkComponent } from '@pathways/web-ui';

/** Why we ask, who sees what and how it is kept: people answer when they know (the seeds). */
export function QuestionsStartPage() {
  useDocumentTitle('Questions about your background');
  const Link = useLinkComponent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Questions about your background</h1>
        <p className="govuk-body-l">
          We ask about your background to check that mentoring, sponsorship and internships reach
          the people they are for, and that they work as well for people from every background.
        </p>
        <p className="govuk-body">
          The questions are the ones the Social Mobility Commission recommends to employers, and a
          few about you, such as your ethnic group. There are up to 12 questions. It takes about 3
          minutes.
        </p>
        <InsetText>
          Answering is optional. Every question has a ‘Prefer not to say’ answer.
        </InsetText>

        <h2 className="govuk-heading-m">Who sees your answers</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>Only you can see your answers.</li>
          <li>
            Programme leads only learn whether you are eligible or not eligible for a programme.
            They never see your answers.
          </li>
          <li>
            Analysts only see totals for groups of 10 people or more, so nobody can be picked out.
          </li>
          <li>Your line manager, mentor and colleagues never see your answers.</li>
        </ul>

        <h2 className="govuk-heading-m">How your answers are kept</h2>
        <p className="govuk-body">
          Your answers are kept in Pathways as codes, linked to your account. They are used only to
          work out eligibility for programmes and the anonymous totals in reports. Any time someone
          reads sensitive information about a person other than themselves, it is recorded in an
          audit log.
        </p>
        <p className="govuk-body">
          You can download everything Pathways holds about you from{' '}
          <Link href="/account" className="govuk-link">
            your account
          </Link>
          .
        </p>

        <h2 className="govuk-heading-m">You can change your mind</h2>
        <p className="govuk-body">
          You can change your answers, or withdraw all of them, at any time from{' '}
          <Link href="/questions/mine" className="govuk-link">
            your answers
          </Link>
          . If you withdraw them, you are counted as ‘not declared’.
        </p>

        <Button href="/questions/seb_occupation" isStartButton>
          Start now
        </Button>
      </div>
    </div>
  );
}
