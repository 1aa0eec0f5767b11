import { MyCareerEventsDocument, useReportMyCareerEventMutation } from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import { isoToday } from '../format/labels';
import {
  CAREER_EVENT_FIELD_IDS,
  checkCareerEventForm,
  EMPTY_CAREER_EVENT_FORM,
  type CareerEventForm,
} from './career-event-form';
import { CareerEventFields } from './CareerEventFields';

/** A person tells their programme lead about a step; it counts once the lead confirms it. */
export function ReportCareerEventPage() {
  const navigate = useNavigate();
  const [form, setForm] = useState<CareerEventForm>(EMPTY_CAREER_EVENT_FORM);
  const [report, { loading }] = useReportMyCareerEventMutation({
    refetchQueries: [{ query: MyCareerEventsDocument }],
  });
  const { errors, hasErrors, show } = useFormErrors(CAREER_EVENT_FIELD_IDS, 'type');
  useDocumentTitle('Tell us about a career step', hasErrors);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkCareerEventForm(form, isoToday());
    if (!input) return show(problems);
    try {
      await report({ variables: { input } });
      const state: FlashState = {
        flash: 'Career step sent. It will count once your programme lead confirms it.',
      };
      void navigate('/account/career', { state });
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };
  return (
    <>
      <BackLink href="/account/career" text="Your career steps" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Tell us about a career step</h1>
          <p className="govuk-body">
            Your programme lead will check it with you before it counts in any report.
          </p>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <CareerEventFields
              form={form}
              onChange={(change) => setForm((previous) => ({ ...previous, ...change }))}
              errors={errors.byField}
              whose="your"
            />
            <Button preventDoubleClick disabled={loading}>
              Send to your programme lead
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
