import { QUESTIONS, QuestionKey } from '@pathways/domain-seb';
import { TestApp } from '@pathways/api-testing';
import { startApp } from '../support/app';
import { signUp } from '../support/sessions';

const MY_ANSWERS = '{ myAnswers { answers { question code label } sebGroup updatedAt } }';
const SAVE = `mutation Save($input: SaveMyAnswersInput!) {
  saveMyAnswers(input: $input) { answers { question code label } sebGroup updatedAt }
}`;
const WITHDRAW =
  'mutation { withdrawMyAnswers { answers { question code label } sebGroup updatedAt } }';

const QUESTION_KEYS = Object.keys(QUESTIONS) as QuestionKey[];

interface MyAnswers {
  answers: { question: string; code: string | null; label: string | null }[];
  sebGroup: string;
  updatedAt: string | null;
}

const labelOf = (question: QuestionKey, code: string) =>
  (QUESTIONS[question].options as readonly { code: string; label: string }[]).find(
    (option) => option.code === code,
  )?.label;

/** Every question in order, with the given ones answered. */
function answersWith(given: Partial<Record<QuestionKey, string>>) {
  return QUESTION_KEYS.map((question) => {
    const code = given[question] ?? null;
    return { question, code, label: code && labelOf(question, code) };
  });
}

const asInput = (given: Partial<Record<QuestionKey, string | null>>) => ({
  input: { answers: Object.entries(given).map(([question, code]) => ({ question, code })) },
});

describe('Answers', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  const save = (cookie: string, given: Partial<Record<QuestionKey, string | null>>) =>
    testApp.graphql<{ saveMyAnswers: MyAnswers }>(SAVE, asInput(given), cookie);

  describe('myAnswers', () => {
    it('shows every question unanswered to someone who has not answered', async () => {
      const { cookie } = await signUp(testApp);
      expect(await testApp.graphql(MY_ANSWERS, {}, cookie)).toEqual({
        data: { myAnswers: { answers: answersWith({}), sebGroup: 'unknown', updatedAt: null } },
      });
    });

    it('shows a person only their own answers', async () => {
      const first = await signUp(testApp);
      const second = await signUp(testApp);
      await save(first.cookie, { seb_occupation: 'routine', ethnicity: 'mixed' });
      expect(await testApp.graphql(MY_ANSWERS, {}, second.cookie)).toEqual({
        data: { myAnswers: { answers: answersWith({}), sebGroup: 'unknown', updatedAt: null } },
      });
    });
  });

  describe('saveMyAnswers', () => {
    it('saves answers, with their wording, and reads them back', async () => {
      const { cookie } = await signUp(testApp);
      const given = { seb_occupation: 'clerical', seb_school: 'state_selective', disability: 'no' };
      const expected = {
        answers: answersWith(given),
        sebGroup: 'intermediate',
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      };
      expect(await save(cookie, given)).toEqual({ data: { saveMyAnswers: expected } });
      expect(await testApp.graphql(MY_ANSWERS, {}, cookie)).toEqual({
        data: { myAnswers: expected },
      });
    });

    it('changes an answer and keeps the others', async () => {
      const { cookie } = await signUp(testApp);
      await save(cookie, { seb_occupation: 'professional', seb_fsm: 'no' });
      expect(await save(cookie, { seb_occupation: 'routine' })).toEqual({
        data: {
          saveMyAnswers: {
            answers: answersWith({ seb_occupation: 'routine', seb_fsm: 'no' }),
            sebGroup: 'lower',
            updatedAt: expect.any(String),
          },
        },
      });
    });

    it('removes one answer given as null', async () => {
      const { cookie } = await signUp(testApp);
      await save(cookie, { gender: 'female', sexual_orientation: 'bisexual' });
      const response = await save(cookie, { sexual_orientation: null });
      expect(response.data?.saveMyAnswers.answers).toEqual(answersWith({ gender: 'female' }));
    });

    it('refuses a code that is not an answer to the question, naming the field, and saves nothing', async () => {
      const { cookie } = await signUp(testApp);
      const response = await testApp.graphql(
        SAVE,
        {
          input: {
            answers: [
              { question: 'seb_school', code: 'independent' },
              { question: 'seb_occupation', code: 'astronaut' },
            ],
          },
        },
        cookie,
      );
      expect(response).toEqual({
        data: null,
        errors: [
          {
            message: '"astronaut" is not an answer to seb_occupation',
            path: ['saveMyAnswers'],
            extensions: { code: 'BAD_USER_INPUT', status: 400, field: 'answers.1.code' },
          },
        ],
      });
      expect(await testApp.graphql(MY_ANSWERS, {}, cookie)).toMatchObject({
        data: { myAnswers: { answers: answersWith({}), updatedAt: null } },
      });
    });

    it('refuses an unknown question, naming the field', async () => {
      const { cookie } = await signUp(testApp);
      const input = { answers: [{ question: 'favourite_colour', code: 'blue' }] };
      expect(await testApp.graphql(SAVE, { input }, cookie)).toMatchObject({
        data: null,
        errors: [
          {
            message: 'Unknown question "favourite_colour"',
            extensions: { code: 'BAD_USER_INPUT', field: 'answers.0.question' },
          },
        ],
      });
    });

    it('needs a signed-in person', async () => {
      expect(await testApp.graphql(SAVE, asInput({ seb_fsm: 'yes' }))).toMatchObject({
        data: null,
        errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
      });
    });

    it.each(QUESTION_KEYS)('offers and accepts "prefer not to say" for %s', async (question) => {
      const declined = QUESTIONS[question].options.find((option) =>
        /prefer not to say/i.test(option.label),
      );
      expect(declined).toBeDefined();
      const { cookie } = await signUp(testApp);
      const response = await save(cookie, { [question]: declined?.code });
      expect(response.data?.saveMyAnswers.answers).toEqual(
        answersWith({ [question]: declined?.code }),
      );
    });
  });

  describe('sebGroup', () => {
    it.each([
      ['professional', 'professional'],
      ['manager', 'professional'],
      ['clerical', 'intermediate'],
      ['small_business', 'intermediate'],
      ['technical_craft', 'lower'],
      ['routine', 'lower'],
      ['long_term_unemployed', 'lower'],
      ['other', 'unknown'],
      ['prefer_not_to_say', 'unknown'],
    ])('is derived from the one-part answer %s as %s', async (code, group) => {
      const { cookie } = await signUp(testApp);
      expect((await save(cookie, { seb_occupation: code })).data?.saveMyAnswers.sebGroup).toBe(
        group,
      );
    });

    it.each([
      [
        'a senior manager employee in a large workplace',
        { seb_earner_work_type: 'senior_manager', seb_earner_workplace_size: 'large' },
        'professional',
      ],
      [
        'a clerical employee who did not supervise',
        { seb_earner_work_type: 'clerical_intermediate', seb_earner_supervises: 'no' },
        'intermediate',
      ],
      [
        'a technical employee who supervised',
        { seb_earner_work_type: 'technical_craft', seb_earner_supervises: 'yes' },
        'lower',
      ],
    ])(
      'is derived from the four-part answers when the one-part is absent: %s',
      async (_case, answers, group) => {
        const { cookie } = await signUp(testApp);
        const response = await save(cookie, {
          seb_earner_employment: 'employed',
          seb_earner_employee_status: 'employee',
          ...answers,
        });
        expect(response.data?.saveMyAnswers.sebGroup).toBe(group);
      },
    );

    it('is derived from the one-part answer when both versions are answered', async () => {
      const { cookie } = await signUp(testApp);
      const response = await save(cookie, {
        seb_occupation: 'routine',
        seb_earner_employment: 'employed',
        seb_earner_work_type: 'modern_professional',
        seb_earner_employee_status: 'employee',
      });
      expect(response.data?.saveMyAnswers.sebGroup).toBe('lower');
    });

    it('is lower for a long-term unemployed earner in the four-part version (NS-SEC class 5)', async () => {
      const { cookie } = await signUp(testApp);
      const response = await save(cookie, { seb_earner_employment: 'long_term_unemployed' });
      expect(response.data?.saveMyAnswers.sebGroup).toBe('lower');
    });
  });

  describe('withdrawMyAnswers', () => {
    it('removes every answer', async () => {
      const { cookie } = await signUp(testApp);
      await save(cookie, { seb_occupation: 'manager', ethnicity: 'white', disability: 'yes' });
      const withdrawn = {
        data: {
          withdrawMyAnswers: { answers: answersWith({}), sebGroup: 'unknown', updatedAt: null },
        },
      };
      expect(await testApp.graphql(WITHDRAW, {}, cookie)).toEqual(withdrawn);
      expect(await testApp.graphql(MY_ANSWERS, {}, cookie)).toEqual({
        data: { myAnswers: withdrawn.data.withdrawMyAnswers },
      });
    });

    it('lets a person answer again after withdrawing', async () => {
      const { cookie } = await signUp(testApp);
      await save(cookie, { seb_fsm: 'yes' });
      await testApp.graphql(WITHDRAW, {}, cookie);
      const response = await save(cookie, { seb_parent_degree: 'no' });
      expect(response.data?.saveMyAnswers.answers).toEqual(
        answersWith({ seb_parent_degree: 'no' }),
      );
    });
  });
});
