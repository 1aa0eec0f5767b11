import { useRecordApplicationMutation } from '@pathways/web-graphql';
import {
  ActionErrorSummary,
  Button,
  NotificationBanner,
  PreservedText,
  type Problem,
} from '@pathways/web-ui';
import { useState } from 'react';
import { problemsFrom } from '../common/graphql-errors';
import type { VacancyView } from './vacancy-view';

/**
 * The apply link goes through the API, which records the application and sends the person on to
 * the real form; someone who applies another way says so with the button.
 */
export function HowToApply({ vacancy }: { vacancy: VacancyView }) {
  const [record, { loading }] = useRecordApplicationMutation();
  const [recorded, setRecorded] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const open = vacancy.status === 'open';
  const applied = async () => {
    setProblems([]);
    try {
      await record({ variables: { input: { vacancyId: vacancy.id } } });
      setRecorded(true);
    } catch (failure) {
      setProblems(problemsFrom(failure));
    }
  };
  return (
    <>
      <ActionErrorSummary problems={problems} target="i-have-applied" />
      <h2 className="govuk-heading-m">How to apply</h2>
      {vacancy.applyLink && open && (
        <p className="govuk-body">
          {/* A plain link: the API answers it with a redirect, not this app's router. */}
          <a href={vacancy.applyLink} className="govuk-link">
            Apply on the recruitment site
          </a>
        </p>
      )}
      {vacancy.applyContact && (
        <p className="govuk-body">
          Contact: <PreservedText text={vacancy.applyContact} />
        </p>
      )}
      {!open && <p className="govuk-body">This role is not taking applications.</p>}
      {open &&
        !vacancy.postedByMe &&
        (recorded ? (
          <NotificationBanner type="success" heading="Thank you: we have recorded that you applied">
            <p className="govuk-body">
              It helps us see whether these roles reach people from every background.
            </p>
          </NotificationBanner>
        ) : (
          <>
            <p className="govuk-body">
              Applied another way? Tell us, so we can see who these roles reach.
            </p>
            <span id="i-have-applied">
              <Button
                variant="secondary"
                type="button"
                disabled={loading}
                onClick={() => void applied()}
              >
                I have applied
              </Button>
            </span>
          </>
        ))}
    </>
  );
}
