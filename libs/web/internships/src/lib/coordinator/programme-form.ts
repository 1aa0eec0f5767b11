import type { Problem } from '@pathways/web-ui';

export interface ProgrammeValues {
  name: string;
  code: string;
  termMonths: string;
  minimumAge: string;
  maximumAge: string;
}

export const PROGRAMME_FIELD_IDS: Record<keyof ProgrammeValues, string> = {
  name: 'name',
  code: 'code',
  termMonths: 'term-months',
  minimumAge: 'minimum-age',
  maximumAge: 'maximum-age',
};

const whole = (value: string) => /^\d{1,3}$/.test(value.trim());

/** What the browser can tell; the API checks the ranges and says which field is wrong. */
export function programmeProblems(values: ProgrammeValues): Problem[] {
  const problems: Problem[] = [];
  if (!values.name.trim()) problems.push({ field: 'name', message: 'Enter the programme name' });
  if (!/^[A-Z0-9][A-Z0-9-]{1,29}$/.test(values.code.trim())) {
    problems.push({
      field: 'code',
      message: 'Enter a code of 2 to 30 capital letters, digits or hyphens, like CARE-LEAVERS',
    });
  }
  const numbers: [keyof ProgrammeValues, string][] = [
    ['termMonths', 'Enter the term as a whole number of months'],
    ['minimumAge', 'Enter the youngest age as a whole number'],
    ['maximumAge', 'Enter the oldest age as a whole number'],
  ];
  for (const [field, message] of numbers) {
    if (!whole(values[field])) problems.push({ field, message });
  }
  return problems;
}

export function programmeInput(values: ProgrammeValues) {
  return {
    name: values.name.trim(),
    code: values.code.trim(),
    termMonths: Number(values.termMonths),
    minimumAge: Number(values.minimumAge),
    maximumAge: Number(values.maximumAge),
  };
}
