jest.mock('serialize-error', () => jest.requireActual('./support/serialize-error-shim'));

import { TestApp } from '@pathways/api-testing';
import { DEMO_NETWORK_ID, DEMO_VACANCY_ID } from '@pathways/api-vacancies';
import { startApp } from '../support/app';
import { signInAs } from '../support/sessions';
import { createVacancy, publishVacancy, seedVacancyDemo } from './support/vacancy-fixtures';
import { BROADCAST_VACANCY, PUBLISH_VACANCY } from './support/vacancy-operations';

const ROLES = `query R($input: AcceleratorRolesInput) {
  acceleratorRoles(input: $input) { total items { title } }
}`;
const ROLE =
  'query V($input: VacancyIdInput!) { acceleratorRole(input: $input) { id status postedByMe applyLink } }';
const CLOSE = 'mutation C($input: VacancyIdInput!) { closeVacancy(input: $input) { id status } }';

describe('Posting accelerator roles', () => {
  let testApp: TestApp;
  let lead: string;
  let programmeLead: string;
  let participant: string;

  beforeAll(async () => {
    testApp = await startApp();
    await seedVacancyDemo(testApp);
    lead = await signInAs(testApp, 'network_lead');
    programmeLead = await signInAs(testApp, 'programme_lead');
    participant = await signInAs(testApp, 'participant');
    const open = [
      {
        title: 'Private secretary, Home Office',
        departmentCode: 'HO',
        gradeCodes: ['SEO'],
        regionCodes: ['TLI'],
      },
      {
        title: 'Policy adviser close to ministers',
        departmentCode: 'DWP',
        gradeCodes: ['HEO', 'SEO'],
        regionCodes: ['TLD'],
        category: 'close_to_ministers',
      },
      {
        title: 'Remote speechwriter',
        departmentCode: 'DWP',
        gradeCodes: ['G7'],
        regionCodes: [],
        remote: true,
        professionCode: 'communications',
        category: 'high_profile_policy',
      },
    ];
    for (const details of open)
      await publishVacancy(testApp, lead, await createVacancy(testApp, lead, details));
    await createVacancy(testApp, lead, { title: 'Draft role, not yet published' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  const titles = async (input: Record<string, unknown> | null, cookie = participant) =>
    (
      (
        await testApp.graphql<{ acceleratorRoles: { items: { title: string }[] } }>(
          ROLES,
          { input },
          cookie,
        )
      ).data?.acceleratorRoles.items ?? []
    )
      .map((item) => item.title)
      .sort();

  describe('acceleratorRoles', () => {
    it('lists the open roles to everyone signed in, drafts never', async () => {
      expect(await titles(null)).toEqual([
        'Assistant Private Secretary to the Permanent Secretary',
        'Policy adviser close to ministers',
        'Private secretary, Home Office',
        'Remote speechwriter',
      ]);
    });

    it.each([
      [
        { gradeCode: 'SEO' },
        [
          'Policy adviser close to ministers',
          'Private secretary, Home Office',
          'Assistant Private Secretary to the Permanent Secretary',
        ].sort(),
      ],
      [{ regionCode: 'TLD' }, ['Policy adviser close to ministers', 'Remote speechwriter']],
      [
        { departmentCode: 'DWP', category: 'close_to_ministers' },
        ['Policy adviser close to ministers'],
      ],
      [{ professionCode: 'communications' }, ['Remote speechwriter']],
      [
        { keyword: 'private SECRETARY' },
        [
          'Assistant Private Secretary to the Permanent Secretary',
          'Private secretary, Home Office',
        ],
      ],
      [{ keyword: '100%_' }, []],
    ])('filters by %j', async (input, expected) => {
      expect(await titles(input)).toEqual(expected);
    });
  });

  describe('acceleratorRole', () => {
    it('shows a draft to its owner only', async () => {
      const draft = await createVacancy(testApp, lead);
      expect(await testApp.graphql(ROLE, { input: { vacancyId: draft } }, lead)).toEqual({
        data: {
          acceleratorRole: {
            id: draft,
            status: 'draft',
            postedByMe: true,
            applyLink: `/api/vacancies/${draft}/apply`,
          },
        },
      });
      const response = await testApp.graphql(ROLE, { input: { vacancyId: draft } }, participant);
      expect(response.errors?.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND']);
    });
  });

  describe('publishVacancy', () => {
    it('is for the vacancy’s owner: another poster and a participant are refused', async () => {
      const draft = await createVacancy(testApp, lead);
      for (const cookie of [programmeLead, participant]) {
        const response = await testApp.graphql(
          PUBLISH_VACANCY,
          { input: { vacancyId: draft } },
          cookie,
        );
        expect(response.errors?.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN']);
      }
      const own = await createVacancy(testApp, programmeLead, { title: 'Programme lead’s role' });
      const published = await testApp.graphql(
        PUBLISH_VACANCY,
        { input: { vacancyId: own } },
        programmeLead,
      );
      expect(published.data).toEqual({
        publishVacancy: { id: own, status: 'open', reservedForTalentScheme: false },
      });
    });

    it('refuses a closing date that has passed', async () => {
      const draft = await createVacancy(testApp, lead, { closingDate: '2020-01-31' });
      const response = await testApp.graphql(
        PUBLISH_VACANCY,
        { input: { vacancyId: draft } },
        lead,
      );
      expect(response.errors?.[0]).toMatchObject({
        message: 'The closing date 2020-01-31 has passed',
        extensions: { code: 'BAD_USER_INPUT', field: 'closingDate' },
      });
    });
  });

  describe('broadcastVacancy', () => {
    it('is for network leads: a programme lead or a participant is refused', async () => {
      for (const cookie of [programmeLead, participant]) {
        const response = await testApp.graphql(
          BROADCAST_VACANCY,
          { input: { vacancyId: DEMO_VACANCY_ID, networkIds: [DEMO_NETWORK_ID], audience: 'all' } },
          cookie,
        );
        expect(response.errors?.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('closeVacancy', () => {
    it('takes the role off the list', async () => {
      const id = await createVacancy(testApp, lead, { title: 'Closing soon' });
      await publishVacancy(testApp, lead, id);
      expect(await titles({ keyword: 'Closing soon' })).toEqual(['Closing soon']);
      expect(await testApp.graphql(CLOSE, { input: { vacancyId: id } }, lead)).toEqual({
        data: { closeVacancy: { id, status: 'closed' } },
      });
      expect(await titles({ keyword: 'Closing soon' })).toEqual([]);
    });
  });
});
