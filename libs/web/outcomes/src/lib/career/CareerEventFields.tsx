import { GRADES } from '@pathways/domain-seb';
import { useCareerEventDepartmentsQuery } from '@pathways/web-graphql';
import { DateInput, Radios, Select, type SelectOption } from '@pathways/web-ui';
import { CAREER_EVENT_TYPE_LABELS, CAREER_EVENT_TYPES } from './career-vocabulary';
import type { CareerEventForm } from './career-event-form';

export interface CareerEventFieldsProps {
  form: CareerEventForm;
  onChange: (change: Partial<CareerEventForm>) => void;
  errors: Readonly<Record<string, string>>;
  /** "your" or "their", for the hints. */
  whose: string;
}

const GRADE_OPTIONS: SelectOption[] = [
  { value: '', text: 'Not known or no change' },
  ...GRADES.map((grade) => ({ value: grade.code, text: grade.label })),
];

/** What happened, when, and the grade and department before and after. */
export function CareerEventFields({ form, onChange, errors, whose }: CareerEventFieldsProps) {
  const departments = useCareerEventDepartmentsQuery();
  const departmentOptions: SelectOption[] = [
    { value: '', text: 'Not known or no change' },
    ...(departments.data?.departments ?? [])
      .filter((department) => department.active)
      .map((department) => ({ value: department.code, text: department.name })),
  ];
  return (
    <>
      <Radios
        name="type"
        legend="What happened?"
        legendSize="s"
        value={form.type}
        items={CAREER_EVENT_TYPES.map((type) => ({
          value: type,
          text: CAREER_EVENT_TYPE_LABELS[type],
        }))}
        onChange={(type) => onChange({ type })}
        errorMessage={errors['type']}
      />
      <DateInput
        id="effective-date"
        legend="When did it happen?"
        hint="The date it took effect. For example, 1 9 2026"
        value={form.effectiveDate}
        onChange={(effectiveDate) => onChange({ effectiveDate })}
        errorMessage={errors['effectiveDate']}
      />
      <Select
        id="from-grade"
        name="fromGrade"
        label="Grade before (optional)"
        labelSize="s"
        options={GRADE_OPTIONS}
        value={form.fromGrade}
        onChange={(fromGrade) => onChange({ fromGrade })}
        errorMessage={errors['fromGrade']}
      />
      <Select
        id="to-grade"
        name="toGrade"
        label="Grade after (optional)"
        labelSize="s"
        options={GRADE_OPTIONS}
        value={form.toGrade}
        onChange={(toGrade) => onChange({ toGrade })}
        errorMessage={errors['toGrade']}
      />
      <Select
        id="from-department"
        name="fromDepartment"
        label="Department before (optional)"
        labelSize="s"
        hint={`Only if ${whose} department changed`}
        options={departmentOptions}
        value={form.fromDepartment}
        onChange={(fromDepartment) => onChange({ fromDepartment })}
        errorMessage={errors['fromDepartment']}
      />
      <Select
        id="to-department"
        name="toDepartment"
        label="Department after (optional)"
        labelSize="s"
        options={departmentOptions}
        value={form.toDepartment}
        onChange={(toDepartment) => onChange({ toDepartment })}
        errorMessage={errors['toDepartment']}
      />
    </>
  );
}
