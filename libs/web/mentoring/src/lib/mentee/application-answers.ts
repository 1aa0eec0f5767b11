import { preferenceLabel, regionLabel, topicList } from '../vocabulary/labels';
import { APPLICATION_STEPS, type ApplicationDraft, type ApplicationStep } from './application-flow';
import { STEP_KEYS } from './application-wording';

export interface AnswerRow {
  step: ApplicationStep;
  key: string;
  value: string;
}

/** The answers as the check page lists them, one row per question, in the order asked. */
export function applicationAnswerRows(
  draft: ApplicationDraft,
  regionName: (code: string) => string = regionLabel,
): AnswerRow[] {
  const value = (step: ApplicationStep): string => {
    switch (step) {
      case 'goals':
        return draft.goals.trim();
      case 'topics':
        return topicList(draft.topics);
      case 'profession':
        return draft.professionPreference
          ? preferenceLabel(draft.professionPreference, 'profession')
          : '';
      case 'department':
        return draft.departmentPreference
          ? preferenceLabel(draft.departmentPreference, 'department')
          : '';
      case 'region':
        return draft.region ? regionName(draft.region) : 'The region I work in';
      case 'availability':
        return draft.availability.trim() || 'Not given';
    }
  };
  return APPLICATION_STEPS.map((step) => ({ step, key: STEP_KEYS[step], value: value(step) }));
}
