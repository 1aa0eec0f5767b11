import { GRADE_CODES, sebGroupFromOccupation } from '@pathways/domain-seb';
import type { SebGroup, SebOccupationCode } from '@pathways/domain-seb';
import type { CareerEventType } from '../entities/career-event.entity';
import { DemoCalendar } from './demo-calendar';
import type { DemoAnswers, DemoPerson } from './demo-dataset';
import type { DemoRandom } from './demo-random';
import {
  DISABILITY_WEIGHTS,
  ETHNICITY_WEIGHTS,
  FAMILY_NAMES,
  GENDER_WEIGHTS,
  GIVEN_NAMES,
  GRADE_WEIGHTS,
  occupationWeights,
  PROFESSION_WEIGHTS,
  REGION_WEIGHTS,
  SEXUAL_ORIENTATION_WEIGHTS,
  YEARLY_EVENT_RATES,
} from './demo-workforce-mix';

/** A person before their grades are replayed from their events. */
export interface DemoDraft {
  readonly index: number;
  readonly staffNumber: string;
  readonly joinDate: string;
  readonly startGrade: string;
  readonly sebGroup: SebGroup;
  readonly person: Omit<DemoPerson, 'gradeCode'>;
  events: { type: CareerEventType; date: string }[];
}

const answer = (random: DemoRandom, weights: Record<string, number>): string | null => {
  const code = random.weighted(weights);
  return code === 'none' ? null : code;
};

export function draftPerson(
  random: DemoRandom,
  index: number,
  joinDate: string,
  joiner: boolean,
): DemoDraft {
  const startGrade = joiner
    ? random.weighted({ AA: 3, AO: 5, EO: 3, HEO: 1 })
    : random.weighted(GRADE_WEIGHTS);
  const answers: DemoAnswers = {
    seb_occupation: answer(random, occupationWeights(GRADE_CODES.indexOf(startGrade as never))),
    gender: answer(random, GENDER_WEIGHTS),
    ethnicity: answer(random, ETHNICITY_WEIGHTS),
    disability: answer(random, DISABILITY_WEIGHTS),
    sexual_orientation: answer(random, SEXUAL_ORIENTATION_WEIGHTS),
  };
  const staffNumber = `MOJD${String(index + 1).padStart(5, '0')}`;
  const givenName = random.pick(GIVEN_NAMES);
  const familyName = random.pick(FAMILY_NAMES);
  return {
    index,
    staffNumber,
    joinDate,
    startGrade,
    sebGroup: sebGroupFromOccupation(answers.seb_occupation as SebOccupationCode | null),
    events: [],
    person: {
      staffNumber,
      givenName,
      familyName,
      email: `${givenName}.${familyName}.${index + 1}@justice.demo.gov.uk`.toLowerCase(),
      professionCode: random.weighted(PROFESSION_WEIGHTS),
      regionCode: random.weighted(REGION_WEIGHTS),
      dateOfBirth: `${random.integer(1962, 2003)}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
      answers,
    },
  };
}

/** Events at each type's yearly rate from joining to the end; nothing after leaving. */
export function drawEvents(random: DemoRandom, draft: DemoDraft, end: string): void {
  const span = DemoCalendar.daysBetween(draft.joinDate, end);
  for (const [type, rates] of Object.entries(YEARLY_EVENT_RATES) as [
    CareerEventType,
    Record<SebGroup, number>,
  ][]) {
    for (let year = 0; year * 365 < span; year++) {
      const days = Math.min(365, span - year * 365);
      if (!random.chance((rates[draft.sebGroup] * days) / 365)) continue;
      const date = DemoCalendar.addDays(draft.joinDate, year * 365 + random.integer(1, days - 1));
      draft.events.push({ type, date });
    }
  }
  const left = draft.events
    .filter((e) => e.type === 'left')
    .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (left) draft.events = draft.events.filter((e) => e.date < left.date || e === left);
}
