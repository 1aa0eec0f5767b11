import { RoleGrantEntity } from '@pathways/api-identity';
import { DEMO_OPEN_INTAKE_ID, InternshipApplicationEntity } from '@pathways/api-internships';
import { PersonEntity } from '@pathways/api-people';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { seedDemoAccounts, signInAs, signUp } from '../support/sessions';
import {
  AUTHORIZATION_CASES,
  AuthorizationCase,
  Caller,
  CALLERS,
  CaseContext,
  OTHER_DEPARTMENT,
  Outcome,
} from './authorization-cases';
import { namedType, SchemaShape } from './schema-shape';

/** Types that carry a person's answers; only the person themself ever reaches them. */
const SELF_ONLY_TYPES = ['MyAnswers', 'MyAnswer', 'PersonalDataExport'];

/** Field names that would carry SEB, characteristics or care leaver data. */
const SENSITIVE_FIELD = /seb|ethnic|disab|sexual|orientation|gender|care_?leaver|answer/i;

describe('Authorisation matrix', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let schema: SchemaShape;
  const cookies = new Map<Caller, string>();
  let sequence = 0;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
    await seedDemoAccounts(testApp);
    for (const caller of CALLERS)
      if (caller !== 'anonymous' && caller !== 'other_department_lead')
        cookies.set(caller, await signInAs(testApp, caller));
    const other = await signUp(testApp);
    await dataSource.getRepository(RoleGrantEntity).save({
      personId: other.personId,
      role: 'department_lead',
      scopeType: 'department',
      scopeId: OTHER_DEPARTMENT,
      grantedBy: null,
    });
    cookies.set('other_department_lead', other.cookie);
    schema = await SchemaShape.load(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const context: CaseContext = {
    newPersonId: async () => {
      sequence += 1;
      const person = await dataSource.getRepository(PersonEntity).save({
        staffNumber: `MATRIX${sequence}`,
        givenName: 'Matrix',
        familyName: `Subject ${sequence}`,
        email: `matrix.subject${sequence}@example.gov.uk`,
        departmentCode: 'DWP',
        gradeCode: 'HEO',
        professionCode: null,
        regionCode: null,
        dateOfBirth: null,
        careLeaver: null,
        apprentice: null,
        erasedAt: null,
      });
      return person.id;
    },
    newGrantId: async () => {
      const personId = await context.newPersonId();
      const grant = await dataSource
        .getRepository(RoleGrantEntity)
        .save({ personId, role: 'mentor', scopeType: null, scopeId: null, grantedBy: null });
      return grant.id;
    },
    newInternshipApplicationId: async () => {
      const personId = await context.newPersonId();
      const application = await dataSource.getRepository(InternshipApplicationEntity).save({
        cohortId: DEMO_OPEN_INTAKE_ID,
        personId,
        weeksInCare: 40,
        inCareAfterSixteen: true,
        preferredRegions: [],
        preferredWork: [],
        status: 'active',
        previouslyUnmatched: false,
      });
      return application.id;
    },
    uniqueCode: (prefix) => {
      sequence += 1;
      return `${prefix}matrix${sequence}`;
    },
  };

  const cells = AUTHORIZATION_CASES.flatMap((row) =>
    CALLERS.map((caller): [string, Caller, Outcome, AuthorizationCase] => [
      row.operation,
      caller,
      row.expected[caller],
      row,
    ]),
  );

  it.each(cells)('%s as %s: %s', async (operation, caller, outcome, row) => {
    const variables = row.variables ? await row.variables(context) : {};
    const response = await testApp.graphql(row.query, variables, cookies.get(caller));
    switch (outcome) {
      case 'allowed':
        expect(response.errors).toBeUndefined();
        expect(response.data?.[operation] ?? null).not.toBeNull();
        break;
      case 'denied':
        expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual([
          caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        ]);
        expect(response.data?.[operation] ?? null).toBeNull();
        break;
      case 'empty':
        expect(response).toEqual({ data: { [operation]: null } });
        break;
      case 'not_found':
        expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual([
          caller === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND',
        ]);
        expect(response.data?.[operation] ?? null).toBeNull();
        break;
    }
  });

  describe('coverage', () => {
    it('has one row per operation, with an outcome for every caller', () => {
      const operations = AUTHORIZATION_CASES.map((row) => row.operation);
      expect(new Set(operations).size).toBe(operations.length);
      for (const row of AUTHORIZATION_CASES)
        expect(Object.keys(row.expected).sort()).toEqual([...CALLERS].sort());
    });

    it('has rows only for operations the schema has', () => {
      const operations = new Set(schema.rootFields.map((field) => field.name));
      const rows = AUTHORIZATION_CASES.map((row) => row.operation);
      expect(rows.filter((name) => !operations.has(name))).toEqual([]);
    });
  });

  describe('answers in the schema', () => {
    it('gives a person summary no SEB, ethnicity, disability, sexual orientation or care leaver field', () => {
      expect(
        schema
          .type('PersonSummary')
          ?.fields?.map((field) => field.name)
          .sort(),
      ).toEqual([
        'departmentCode',
        'email',
        'familyName',
        'givenName',
        'gradeCode',
        'id',
        'staffNumber',
      ]);
    });

    it('puts answer fields on no type about a person but the person’s own answers and export', () => {
      const aboutPeople = schema.objectTypes.filter(
        (type) => !SELF_ONLY_TYPES.includes(type.name) && schema.isAboutAPerson(type),
      );
      expect(aboutPeople.map((type) => type.name)).toEqual(
        expect.arrayContaining(['Me', 'PersonSummary', 'RoleGrant', 'AuditEvent']),
      );
      const exposing = aboutPeople.flatMap((type) =>
        (type.fields ?? [])
          .filter((field) => SENSITIVE_FIELD.test(field.name))
          .map((field) => `${type.name}.${field.name}`),
      );
      expect(exposing).toEqual([]);
    });

    it('nests the answer types in no other type', () => {
      const nesting = schema.objectTypes
        .filter((type) => !SELF_ONLY_TYPES.includes(type.name))
        .flatMap((type) =>
          (type.fields ?? [])
            .filter((field) => SELF_ONLY_TYPES.includes(namedType(field.type)))
            .map((field) => `${type.name}.${field.name}`),
        );
      expect(nesting).toEqual([]);
    });

    it('reaches answers only through operations that name no other person', () => {
      const reaching = schema.rootFields.filter((field) =>
        SELF_ONLY_TYPES.includes(namedType(field.type)),
      );
      expect(reaching.map((field) => field.name).sort()).toEqual([
        'myAnswers',
        'myPersonalData',
        'saveMyAnswers',
        'withdrawMyAnswers',
      ]);
      for (const field of reaching) {
        const names = field.args.flatMap((arg) => [
          arg.name,
          ...schema.inputFieldNames(namedType(arg.type)),
        ]);
        expect(names.filter((name) => /person|^id$|email|staff/i.test(name))).toEqual([]);
      }
    });
  });
});
