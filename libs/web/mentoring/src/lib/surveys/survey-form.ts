import type { Problem } from '@pathways/web-ui';
import type { SubmitSurveyInput, SurveyKind } from '@pathways/web-graphql';

export interface SurveyForm {
  metExpectations: 'yes' | 'no' | null;
  sessionsInteresting: 'yes' | 'no' | null;
  rating: string;
  comments: string;
}

export const EMPTY_SURVEY: SurveyForm = {
  metExpectations: null,
  sessionsInteresting: null,
  rating: '',
  comments: '',
};

export const SURVEY_FIELD_IDS = {
  metExpectations: 'met-expectations',
  sessionsInteresting: 'sessions-interesting',
  rating: 'rating',
  comments: 'comments',
  kind: 'rating',
};

export const RATINGS = ['1', '2', '3', '4', '5'] as const;

export function isSurveyKind(value: string | undefined): value is SurveyKind {
  return value === 'check_in' || value === 'close_out';
}

export type SurveyCheck =
  { problems: Problem[]; input: null } | { problems: []; input: SubmitSurveyInput };

/** The close-out survey also asks the two yes/no questions the outcome report counts. */
export function checkSurveyForm(
  form: SurveyForm,
  relationshipId: string,
  kind: SurveyKind,
): SurveyCheck {
  const problems: Problem[] = [];
  const closing = kind === 'close_out';
  if (closing && !form.metExpectations) {
    problems.push({
      field: 'metExpectations',
      message: 'Select yes if mentoring met your expectations',
    });
  }
  if (closing && !form.sessionsInteresting) {
    problems.push({
      field: 'sessionsInteresting',
      message: 'Select yes if you found the sessions interesting',
    });
  }
  if (!(RATINGS as readonly string[]).includes(form.rating)) {
    problems.push({ field: 'rating', message: 'Select a rating from 1 to 5' });
  }
  if (form.comments.length > 5000) {
    problems.push({ field: 'comments', message: 'Comments must be 5,000 characters or fewer' });
  }
  if (problems.length > 0) return { problems, input: null };
  return {
    problems: [],
    input: {
      relationshipId,
      kind,
      rating: Number(form.rating),
      metExpectations: closing ? form.metExpectations === 'yes' : null,
      sessionsInteresting: closing ? form.sessionsInteresting === 'yes' : null,
      comments: form.comments.trim(),
    },
  };
}
