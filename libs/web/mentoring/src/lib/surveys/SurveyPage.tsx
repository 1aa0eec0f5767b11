import {
  MySurveysDueDocument,
  useMySurveysDueQuery,
  useSubmitSurveyMutation,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  PageNotFound,
  Radios,
  ServiceProblem,
  Textarea,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { otherMember } from '../relationships/relationship-view';
import { personName, SURVEY_KIND_LABELS } from '../vocabulary/labels';
import {
  checkSurveyForm,
  EMPTY_SURVEY,
  isSurveyKind,
  RATINGS,
  SURVEY_FIELD_IDS,
  type SurveyForm,
} from './survey-form';

const YES_NO = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];
const RATING_TEXT: Record<string, string> = {
  '1': '1 – very poor',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5 – excellent',
};

export function SurveyPage() {
  const { relationshipId = '', kind } = useParams();
  const navigate = useNavigate();
  const { data, error } = useMySurveysDueQuery({ fetchPolicy: 'cache-and-network' });
  const [submit, { loading }] = useSubmitSurveyMutation({
    refetchQueries: [{ query: MySurveysDueDocument }],
  });
  const [form, setForm] = useState<SurveyForm>(EMPTY_SURVEY);
  const { errors, hasErrors, show } = useFormErrors(SURVEY_FIELD_IDS, 'rating');
  const title = isSurveyKind(kind) ? SURVEY_KIND_LABELS[kind] : 'Survey';
  useDocumentTitle(title, hasErrors);
  if (error) return <ServiceProblem />;
  if (!data) return <Loading what="the survey" />;
  const survey = data.mySurveysDue.find(
    (s) => s.relationshipId === relationshipId && s.kind === kind,
  );
  if (!survey || !isSurveyKind(kind)) return <PageNotFound />;
  const closing = kind === 'close_out';
  const update = (change: Partial<SurveyForm>) =>
    setForm((previous) => ({ ...previous, ...change }));

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkSurveyForm(form, relationshipId, kind);
    if (!input) return show(problems);
    try {
      await submit({ variables: { input } });
      const state: FlashState = { flash: 'Thank you for answering the survey' };
      navigate('/mentoring/surveys', { state });
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/mentoring/surveys" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <span className="govuk-caption-l">
            Mentoring with {personName(otherMember(survey.relationship))}
          </span>
          <h1 className="govuk-heading-l">{title}</h1>
          <form noValidate onSubmit={(event) => void send(event)}>
            {closing && (
              <>
                <Radios
                  name="metExpectations"
                  idPrefix="met-expectations"
                  legend="Did mentoring meet your expectations?"
                  legendSize="m"
                  inline
                  items={YES_NO}
                  value={form.metExpectations ?? undefined}
                  errorMessage={errors.byField['metExpectations']}
                  onChange={(value) => update({ metExpectations: value as 'yes' | 'no' })}
                />
                <Radios
                  name="sessionsInteresting"
                  idPrefix="sessions-interesting"
                  legend="Did you find the sessions interesting?"
                  legendSize="m"
                  inline
                  items={YES_NO}
                  value={form.sessionsInteresting ?? undefined}
                  errorMessage={errors.byField['sessionsInteresting']}
                  onChange={(value) => update({ sessionsInteresting: value as 'yes' | 'no' })}
                />
              </>
            )}
            <Radios
              name="rating"
              legend={
                closing
                  ? 'Overall, how would you rate your mentoring?'
                  : 'How is your mentoring going?'
              }
              legendSize="m"
              hint="1 is very poor, 5 is excellent"
              inline
              items={RATINGS.map((rating) => ({ value: rating, text: RATING_TEXT[rating] }))}
              value={form.rating || undefined}
              errorMessage={errors.byField['rating']}
              onChange={(rating) => update({ rating })}
            />
            <Textarea
              id="comments"
              name="comments"
              label="Is there anything else you would like to tell us? (optional)"
              labelSize="m"
              hint="Do not include personal information about other people."
              value={form.comments}
              onChange={(comments) => update({ comments })}
              errorMessage={errors.byField['comments']}
            />
            <Button preventDoubleClick disabled={loading}>
              Send answers
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
