import { DateInput, type DateParts } from '@pathways/web-ui';

export interface CohortDates {
  applicationsOpen: DateParts;
  applicationsClose: DateParts;
  startDate: DateParts;
}

export interface CohortDateFieldsProps {
  dates: CohortDates;
  set: (key: keyof CohortDates) => (value: DateParts) => void;
  errors: Readonly<Record<string, string>>;
}

/** The application window and start date, as both adding and changing a cohort ask them. */
export function CohortDateFields({ dates, set, errors }: CohortDateFieldsProps) {
  return (
    <>
      <DateInput
        id="applications-open"
        legend="When do applications open?"
        hint="For example, 27 3 2026"
        value={dates.applicationsOpen}
        onChange={set('applicationsOpen')}
        errorMessage={errors['applicationsOpen']}
      />
      <DateInput
        id="applications-close"
        legend="When do applications close?"
        value={dates.applicationsClose}
        onChange={set('applicationsClose')}
        errorMessage={errors['applicationsClose']}
      />
      <DateInput
        id="start-date"
        legend="When does the cohort start?"
        hint="On or after applications close"
        value={dates.startDate}
        onChange={set('startDate')}
        errorMessage={errors['startDate']}
      />
    </>
  );
}
