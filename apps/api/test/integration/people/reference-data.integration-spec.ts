import { DEPARTMENTS, GRADES, PROFESSIONS, REGIONS } from '@pathways/domain-seb';
import { TestApp } from '@pathways/api-testing';
import { startApp } from '../support/app';
import { seedDemoAccounts, signInAs } from '../support/sessions';

const ADD_DEPARTMENT = `mutation Add($input: AddReferenceItemInput!) {
  addDepartment(input: $input) { code name active }
}`;
const ADD_PROFESSION = `mutation Add($input: AddReferenceItemInput!) {
  addProfession(input: $input) { code name active }
}`;

interface Item {
  code: string;
  name: string;
}

describe('Reference data', () => {
  let testApp: TestApp;
  let admin: string;

  beforeAll(async () => {
    testApp = await startApp();
    await seedDemoAccounts(testApp);
    admin = await signInAs(testApp, 'admin');
  });

  afterAll(async () => {
    await testApp.close();
  });

  const list = async (field: string) =>
    ((await testApp.graphql<Record<string, Item[]>>(`{ ${field} { code name } }`)).data ?? {})[
      field
    ] ?? [];

  describe('public lists', () => {
    it('lists every department of seb.md to anyone, including MOJ (Justice)', async () => {
      const departments = await list('departments');
      expect(departments).toEqual(
        expect.arrayContaining(DEPARTMENTS.map(({ code, name }) => ({ code, name }))),
      );
      expect(departments).toContainEqual({ code: 'MOJ', name: 'Justice' });
    });

    it('lists the 11 grades in order, AA to PS', async () => {
      expect(await testApp.graphql('{ grades { code name rank } }')).toEqual({
        data: {
          grades: [
            { code: 'AA', name: 'Administrative Assistant', rank: 1 },
            { code: 'AO', name: 'Administrative Officer', rank: 2 },
            { code: 'EO', name: 'Executive Officer', rank: 3 },
            { code: 'HEO', name: 'Higher Executive Officer', rank: 4 },
            { code: 'SEO', name: 'Senior Executive Officer', rank: 5 },
            { code: 'G7', name: 'Grade 7', rank: 6 },
            { code: 'G6', name: 'Grade 6', rank: 7 },
            { code: 'SCS1', name: 'Deputy Director', rank: 8 },
            { code: 'SCS2', name: 'Director', rank: 9 },
            { code: 'SCS3', name: 'Director General', rank: 10 },
            { code: 'PS', name: 'Permanent Secretary', rank: 11 },
          ],
        },
      });
      expect(GRADES).toHaveLength(11);
    });

    it('lists every profession of seb.md', async () => {
      expect(await list('professions')).toEqual(
        expect.arrayContaining(PROFESSIONS.map(({ code, name }) => ({ code, name }))),
      );
    });

    it('lists the ITL1 regions and overseas, by code', async () => {
      expect(await list('regions')).toEqual(
        [...REGIONS]
          .map(({ code, name }) => ({ code, name }))
          .sort((a, b) => a.code.localeCompare(b.code)),
      );
      expect(REGIONS).toHaveLength(13);
    });
  });

  describe('addDepartment', () => {
    it('adds an active department with an upper-case code, shown in the list', async () => {
      const response = await testApp.graphql(
        ADD_DEPARTMENT,
        { input: { code: 'ons', name: '  Office for National Statistics ' } },
        admin,
      );
      expect(response).toEqual({
        data: {
          addDepartment: { code: 'ONS', name: 'Office for National Statistics', active: true },
        },
      });
      expect(await list('departments')).toContainEqual({
        code: 'ONS',
        name: 'Office for National Statistics',
      });
    });

    it('refuses a code already in use, naming the field', async () => {
      expect(
        await testApp.graphql(
          ADD_DEPARTMENT,
          { input: { code: 'moj', name: 'Justice again' } },
          admin,
        ),
      ).toEqual({
        data: null,
        errors: [
          {
            message: 'Department MOJ already exists',
            path: ['addDepartment'],
            extensions: { code: 'CONFLICT', status: 409, field: 'code' },
          },
        ],
      });
    });

    it.each([
      [{ code: '1X', name: 'Starts with a digit' }, 'code'],
      [{ code: 'GOOD', name: '' }, 'name'],
    ])('refuses %j, naming the field', async (input, field) => {
      expect(await testApp.graphql(ADD_DEPARTMENT, { input }, admin)).toMatchObject({
        data: null,
        errors: [{ extensions: { code: 'BAD_USER_INPUT', field } }],
      });
    });
  });

  describe('addProfession', () => {
    it('adds an active profession with a lower-case code, shown in the list', async () => {
      expect(
        await testApp.graphql(
          ADD_PROFESSION,
          { input: { code: 'Data_Science', name: 'Data Science' } },
          admin,
        ),
      ).toEqual({
        data: { addProfession: { code: 'data_science', name: 'Data Science', active: true } },
      });
      expect(await list('professions')).toContainEqual({
        code: 'data_science',
        name: 'Data Science',
      });
    });

    it('refuses a code already in use, naming the field', async () => {
      expect(
        await testApp.graphql(ADD_PROFESSION, { input: { code: 'LEGAL', name: 'Law' } }, admin),
      ).toMatchObject({
        data: null,
        errors: [
          {
            message: 'Profession legal already exists',
            extensions: { code: 'CONFLICT', field: 'code' },
          },
        ],
      });
    });
  });

  describe('who may add', () => {
    it.each([
      ['addDepartment', ADD_DEPARTMENT],
      ['addProfession', ADD_PROFESSION],
    ])('%s is refused to anyone but an admin, and adds nothing', async (operation, mutation) => {
      const input = { code: `nope_${operation}`, name: 'Should not exist' };
      const analyst = await signInAs(testApp, 'analyst');
      expect(await testApp.graphql(mutation, { input }, analyst)).toMatchObject({
        data: null,
        errors: [{ extensions: { code: 'FORBIDDEN' } }],
      });
      expect(await testApp.graphql(mutation, { input })).toMatchObject({
        data: null,
        errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
      });
      const names = [...(await list('departments')), ...(await list('professions'))].map(
        (item) => item.name,
      );
      expect(names).not.toContain('Should not exist');
    });
  });
});
