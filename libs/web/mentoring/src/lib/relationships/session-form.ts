import { type DateParts, parseDateParts, type Problem } from '@pathways/web-ui';
import type { LogSessionInput, SessionFormat, SessionTopic } from '@pathways/web-graphql';

export interface SessionForm {
  heldOn: DateParts;
  duration: string;
  format: SessionFormat | null;
  topics: SessionTopic[];
  nextSteps: string;
  privateNote: string;
}

export const SESSION_FIELD_IDS = {
  heldOn: 'held-on-day',
  durationMinutes: 'duration',
  format: 'format',
  topics: 'topics',
  nextSteps: 'next-steps',
  privateNote: 'private-note',
};

export type SessionCheck =
  { problems: Problem[]; input: null } | { problems: []; input: LogSessionInput };

/** Checks what the API would refuse, all at once; `today` and `startedOn` are YYYY-MM-DD. */
export function checkSessionForm(
  form: SessionForm,
  relationshipId: string,
  today: string,
  startedOn: string | null,
): SessionCheck {
  const problems: Problem[] = [];
  const date = parseDateParts(form.heldOn, 'The date of the session');
  if (date.kind === 'empty')
    problems.push({ field: 'heldOn', message: 'Enter the date of the session' });
  else if (date.kind === 'invalid') problems.push({ field: 'heldOn', message: date.message });
  else if (date.iso > today) {
    problems.push({
      field: 'heldOn',
      message: 'The date of the session must be today or in the past',
    });
  } else if (startedOn && date.iso < startedOn) {
    problems.push({
      field: 'heldOn',
      message: 'The date of the session must be on or after the relationship started',
    });
  }
  const text = form.duration.trim();
  const minutes = Number(text);
  if (!text)
    problems.push({
      field: 'durationMinutes',
      message: 'Enter how long the session lasted, in minutes',
    });
  else if (!/^\d+$/.test(text) || minutes < 5 || minutes > 480) {
    problems.push({
      field: 'durationMinutes',
      message: 'How long the session lasted must be a whole number of minutes from 5 to 480',
    });
  }
  if (!form.format) problems.push({ field: 'format', message: 'Select how you met' });
  if (form.nextSteps.length > 2000)
    problems.push({ field: 'nextSteps', message: 'Next steps must be 2,000 characters or fewer' });
  if (form.privateNote.length > 5000)
    problems.push({
      field: 'privateNote',
      message: 'Your private note must be 5,000 characters or fewer',
    });
  if (problems.length > 0 || date.kind !== 'date' || !form.format) return { problems, input: null };
  return {
    problems: [],
    input: {
      relationshipId,
      heldOn: date.iso,
      durationMinutes: minutes,
      format: form.format,
      topics: form.topics,
      nextSteps: form.nextSteps.trim(),
      privateNote: form.privateNote.trim() || null,
    },
  };
}
