import type { Preference } from '@pathways/web-graphql';
import type { ApplicationStep } from './application-flow';

export const STEP_TITLES: Readonly<Record<ApplicationStep, string>> = {
  goals: 'What would you like to get from mentoring?',
  topics: 'Which topics would you like help with?',
  profession: 'Which profession would you like your mentor to be from?',
  department: 'Which department would you like your mentor to be from?',
  region: 'Where would you like to meet your mentor?',
  availability: 'When could you meet? (optional)',
};

export const STEP_HINTS: Readonly<Record<ApplicationStep, string>> = {
  goals:
    'For example, understand how promotion boards work, or build a network outside your team. Your mentor will read this.',
  topics: 'Select all that apply.',
  profession:
    'Choosing the same or a different profession means you will only be matched with such a mentor.',
  department:
    'Choosing the same or a different department means you will only be matched with such a mentor.',
  region: 'We prefer mentors in the region you choose.',
  availability: 'For example, fortnightly on Tuesday afternoons, on Teams or in person.',
};

/** What the check answers page calls each answer. */
export const STEP_KEYS: Readonly<Record<ApplicationStep, string>> = {
  goals: 'Your goals',
  topics: 'Topics',
  profession: 'Mentor’s profession',
  department: 'Mentor’s department',
  region: 'Where to meet',
  availability: 'When you could meet',
};

export const PREFERENCE_ITEMS = (
  what: 'profession' | 'department',
): { value: Preference; text: string }[] => [
  { value: 'any', text: 'I do not mind' },
  { value: 'same', text: `My own ${what}` },
  { value: 'other', text: `A different ${what}` },
];
