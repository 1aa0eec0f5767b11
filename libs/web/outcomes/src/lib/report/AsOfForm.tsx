import {
  Button,
  DateInput,
  datePartsFromIso,
  parseDateParts,
  FormErrorSummary,
  type ShownErrors,
} from '@pathways/web-ui';
import { useState, type FormEvent } from 'react';
import type { Problem } from '../common/graphql-errors';

export interface AsOfFormProps {
  asOf: string;
  errors: ShownErrors;
  onProblems: (problems: Problem[]) => void;
  onChoose: (asOf: string) => void;
}

export const AS_OF_FIELD_IDS = { asOf: 'as-of-day' };

/** Which day the report describes: maturity and progression are judged on that day. */
export function AsOfForm({ asOf, errors, onProblems, onChoose }: AsOfFormProps) {
  const [parts, setParts] = useState(() => datePartsFromIso(asOf));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = parseDateParts(parts, 'The report date');
    if (date.kind === 'empty')
      return onProblems([{ field: 'asOf', message: 'Enter the report date' }]);
    if (date.kind === 'invalid') return onProblems([{ field: 'asOf', message: date.message }]);
    onChoose(date.iso);
  };
  return (
    <>
      <FormErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <DateInput
          id="as-of"
          legend="Report as of"
          hint="Participants count once 12 months have passed by this date. For example, 30 6 2026"
          value={parts}
          onChange={setParts}
          errorMessage={errors.byField['asOf']}
        />
        <Button variant="secondary">Show report</Button>
      </form>
    </>
  );
}
