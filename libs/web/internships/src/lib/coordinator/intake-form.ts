import { type DateParts, parseDateParts, type Problem } from '@pathways/web-ui';

export interface IntakeValues {
  name: string;
  code: string;
  applicationsOpen: DateParts;
  applicationsClose: DateParts;
  startDate: DateParts;
}

export const INTAKE_FIELD_IDS: Record<keyof IntakeValues, string> = {
  name: 'name',
  code: 'code',
  applicationsOpen: 'applications-open-day',
  applicationsClose: 'applications-close-day',
  startDate: 'start-date-day',
};

const DATES = [
  ['applicationsOpen', 'The date applications open'],
  ['applicationsClose', 'The date applications close'],
  ['startDate', 'The start date'],
] as const;

/** The intake's input, or the problems with what was entered. */
export function readIntake(
  values: IntakeValues,
): { problems: Problem[] } | { input: Record<keyof IntakeValues, string> } {
  const problems: Problem[] = [];
  if (!values.name.trim()) problems.push({ field: 'name', message: 'Enter the intake name' });
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,29}$/.test(values.code.trim())) {
    problems.push({
      field: 'code',
      message: 'Enter a code of up to 30 letters, digits or hyphens, like 2026',
    });
  }
  const dates: Partial<Record<keyof IntakeValues, string>> = {};
  for (const [field, name] of DATES) {
    const parsed = parseDateParts(values[field], name);
    if (parsed.kind === 'date') dates[field] = parsed.iso;
    else
      problems.push({
        field,
        message: parsed.kind === 'empty' ? `Enter ${name.toLowerCase()}` : parsed.message,
      });
  }
  if (problems.length) return { problems };
  return {
    input: {
      name: values.name.trim(),
      code: values.code.trim(),
      applicationsOpen: dates.applicationsOpen ?? '',
      applicationsClose: dates.applicationsClose ?? '',
      startDate: dates.startDate ?? '',
    },
  };
}
