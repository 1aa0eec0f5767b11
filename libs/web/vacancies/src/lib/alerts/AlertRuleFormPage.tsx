import {
  MyAlertRulesDocument,
  useMyAlertRulesQuery,
  useSaveAlertRuleMutation,
} from '@pathways/web-graphql';
import {
  BackLink,
  Button,
  FormErrorSummary,
  Loading,
  PageNotFound,
  ServiceProblem,
  useDocumentTitle,
  useFormErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { FlashState } from '../common/flash';
import { problemsFrom } from '../common/graphql-errors';
import type { ReferenceData } from '../common/reference';
import { useReferenceData } from '../common/useReferenceData';
import {
  ALERT_RULE_FIELD_IDS,
  checkAlertRuleForm,
  EMPTY_ALERT_RULE_FORM,
  formFromRule,
  type AlertRuleForm,
} from './alert-rule-form';
import { AlertRuleFields } from './AlertRuleFields';

/** Adds an alert, or changes one when the path names it. */
export function AlertRuleFormPage() {
  const { ruleId } = useParams();
  const { data, error } = useMyAlertRulesQuery({ skip: !ruleId });
  const { reference, error: referenceError } = useReferenceData();
  if (error || referenceError) return <ServiceProblem />;
  if (!reference || (ruleId && !data)) return <Loading what="the form" />;
  const rule = ruleId ? data?.myAlertRules.find((r) => r.id === ruleId) : undefined;
  if (ruleId && !rule) return <PageNotFound />;
  return (
    <RuleForm
      id={rule?.id ?? null}
      initial={rule ? formFromRule(rule) : EMPTY_ALERT_RULE_FORM}
      reference={reference}
    />
  );
}

function RuleForm({
  id,
  initial,
  reference,
}: {
  id: string | null;
  initial: AlertRuleForm;
  reference: ReferenceData;
}) {
  const navigate = useNavigate();
  const [save, { loading }] = useSaveAlertRuleMutation({
    refetchQueries: [{ query: MyAlertRulesDocument }],
  });
  const [form, setForm] = useState(initial);
  const { errors, hasErrors, show } = useFormErrors(ALERT_RULE_FIELD_IDS, 'name');
  const title = id ? 'Change your alert' : 'Add an alert';
  useDocumentTitle(title, hasErrors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = checkAlertRuleForm(form, id);
    if (!input) return show(problems);
    try {
      await save({ variables: { input } });
      const state: FlashState = { flash: id ? 'Alert changed' : 'Alert added' };
      void navigate('/vacancies/alerts', { state });
    } catch (failure) {
      show(problemsFrom(failure));
    }
  };

  return (
    <>
      <BackLink href="/vacancies/alerts" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body">
            We tell you about accelerator roles that match everything you choose here.
          </p>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <AlertRuleFields
              form={form}
              update={(change) => setForm((now) => ({ ...now, ...change }))}
              errors={errors}
              reference={reference}
            />
            <Button preventDoubleClick disabled={loading}>
              Save alert
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
