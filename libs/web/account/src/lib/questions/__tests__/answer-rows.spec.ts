import { answerSections, NOT_ANSWERED } from '../answer-rows';
import { EMPTY_DRAFT, withAnswer } from '../questionnaire-flow';

describe('answerSections', () => {
  const draft = withAnswer(
    withAnswer(EMPTY_DRAFT, 'seb_occupation', 'prefer_not_to_say'),
    'gender',
    'female',
  );
  const sections = answerSections(draft, (key) => `/questions/${key}?change=check`);

  it('splits the questions into background and about you', () => {
    expect(sections.map((section) => [section.heading, section.rows.length])).toEqual([
      ['Your background', 4],
      ['About you', 4],
    ]);
  });

  it('shows the wording of each answer, or that it was not answered', () => {
    const [background, aboutYou] = sections;
    expect(background.rows[0].value).toBe('I prefer not to say');
    expect(background.rows[1].value).toBe(NOT_ANSWERED);
    expect(aboutYou.rows[0].value).toBe('Female');
  });

  it('links each answer to its question to change it', () => {
    expect(sections[1].rows[0].actions).toEqual([
      { href: '/questions/gender?change=check', text: 'Change', visuallyHiddenText: 'gender' },
    ]);
  });
});
