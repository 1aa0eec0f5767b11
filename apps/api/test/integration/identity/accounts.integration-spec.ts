import { AuditEventEntity } from '@pathways/api-audit';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import {
  graphqlWithCookies,
  ME,
  newPerson,
  SIGN_IN,
  SIGN_UP,
  signIn,
  signUp,
} from '../support/sessions';

const SIGN_OUT = 'mutation { signOut }';
const CHANGE_PASSWORD =
  'mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }';
const WRONG_DETAILS = 'Enter a correct email address and password';

describe('Accounts', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  const signInAttempt = (email: string, password: string) =>
    testApp.graphql(SIGN_IN, { input: { email, password } });

  describe('signUp', () => {
    it('creates a participant, signs them in and normalises email and staff number', async () => {
      const details = newPerson({ email: 'Ada.Lovelace@Example.GOV.uk', staffNumber: 'ab-1234' });
      const { cookie } = await signUp(testApp, details);
      expect(await testApp.graphql(ME, {}, cookie)).toEqual({
        data: {
          me: {
            personId: expect.stringMatching(/^[0-9a-f-]{36}$/),
            staffNumber: 'AB-1234',
            givenName: details.givenName,
            familyName: details.familyName,
            email: 'ada.lovelace@example.gov.uk',
            roles: [{ role: 'participant' }],
          },
        },
      });
    });

    it('refuses an email address that already has an account, naming the field', async () => {
      const { details } = await signUp(testApp);
      const again = newPerson({ email: details.email.toUpperCase() });
      expect(await testApp.graphql(SIGN_UP, { input: again })).toEqual({
        data: null,
        errors: [
          {
            message: 'An account with this email address already exists: sign in instead',
            path: ['signUp'],
            extensions: { code: 'CONFLICT', status: 409, field: 'email' },
          },
        ],
      });
    });

    it('refuses a staff number that belongs to someone else, naming the field', async () => {
      const { details } = await signUp(testApp);
      const again = newPerson({ staffNumber: details.staffNumber });
      expect(await testApp.graphql(SIGN_UP, { input: again })).toEqual({
        data: null,
        errors: [
          {
            message: 'That staff number belongs to someone else. Check it, or ask your HR team.',
            path: ['signUp'],
            extensions: { code: 'CONFLICT', status: 409, field: 'staffNumber' },
          },
        ],
      });
    });

    it.each([
      ['givenName', '', 'Enter your first name'],
      [
        'email',
        'not-an-email',
        'Enter an email address in the correct format, like name@example.gov.uk',
      ],
      ['staffNumber', 'x!', 'Enter your staff number, 3 to 20 letters, digits or hyphens'],
      ['password', 'too short', 'Password must be 12 characters or more'],
      ['departmentCode', 'NOPE', 'Select your department from the list'],
      ['gradeCode', 'G99', 'Select your grade from the list'],
    ])('names the field when %s is %j', async (field, value, message) => {
      const input = newPerson({ [field]: value });
      const response = await testApp.graphql(SIGN_UP, { input });
      expect(response).toEqual({
        data: null,
        errors: [
          {
            message,
            path: ['signUp'],
            extensions: { code: 'BAD_USER_INPUT', status: 400, field },
          },
        ],
      });
      expect(await signInAttempt(input.email, input.password)).toMatchObject({
        errors: [{ extensions: { code: expect.stringMatching(/UNAUTHENTICATED|BAD_USER_INPUT/) } }],
      });
    });
  });

  describe('signIn', () => {
    it('signs in with the right password', async () => {
      const { details, personId } = await signUp(testApp);
      const cookie = await signIn(testApp, details.email.toUpperCase(), details.password);
      expect(await testApp.graphql(ME, {}, cookie)).toMatchObject({ data: { me: { personId } } });
    });

    it.each([
      ['a wrong password', (email: string) => [email, 'not the password at all']],
      ['an unknown email address', () => ['nobody@example.gov.uk', 'whatever password']],
    ])('refuses %s with the same message, and sets no cookie', async (_case, credentials) => {
      const { details } = await signUp(testApp);
      const [email, password] = credentials(details.email);
      const response = await graphqlWithCookies(testApp, SIGN_IN, { input: { email, password } });
      expect(response.body).toEqual({
        data: null,
        errors: [
          {
            message: WRONG_DETAILS,
            path: ['signIn'],
            extensions: { code: 'UNAUTHENTICATED', status: 401, field: null },
          },
        ],
      });
      expect(response.cookie).toBeNull();
    });

    it('sets an httpOnly, SameSite=Lax session cookie, not Secure outside production', async () => {
      const { details } = await signUp(testApp);
      const response = await graphqlWithCookies(testApp, SIGN_IN, {
        input: { email: details.email, password: details.password },
      });
      const session = response.setCookie.find((value) => value.startsWith('pathways_session='));
      const attributes = (session ?? '')
        .split(/;\s*/)
        .slice(1)
        .map((a) => a.toLowerCase());
      expect(attributes).toEqual(
        expect.arrayContaining([
          'path=/',
          'httponly',
          'samesite=lax',
          expect.stringMatching(/^expires=/),
        ]),
      );
      expect(attributes).not.toContain('secure');
    });

    it('locks the account after 5 failures, even for the right password, and audits it', async () => {
      const { details, personId } = await signUp(testApp);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(await signInAttempt(details.email, `wrong password ${attempt}`)).toMatchObject({
          errors: [{ message: WRONG_DETAILS, extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
      const locked = await graphqlWithCookies(testApp, SIGN_IN, {
        input: { email: details.email, password: details.password },
      });
      expect(locked.body).toEqual({
        data: null,
        errors: [
          {
            message: expect.stringMatching(
              /^This account is locked after 5 failed sign-in attempts\. Try again after \d\d:\d\d UTC\.$/,
            ),
            path: ['signIn'],
            extensions: { code: 'RATE_LIMITED', status: 429, field: null },
          },
        ],
      });
      expect(locked.cookie).toBeNull();
      const events = await testApp.app
        .get(DataSource)
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where(':personId = ANY(e.subject_person_ids)', { personId })
        .getMany();
      expect(
        events.map(({ action, actorPersonId, subjectPersonIds }) => ({
          action,
          actorPersonId,
          subjectPersonIds,
        })),
      ).toEqual([{ action: 'account.locked', actorPersonId: null, subjectPersonIds: [personId] }]);
    });

    it('does not lock the account after 4 failures', async () => {
      const { details } = await signUp(testApp);
      for (let attempt = 1; attempt <= 4; attempt += 1)
        await signInAttempt(details.email, `wrong password ${attempt}`);
      expect(await signInAttempt(details.email, details.password)).toEqual({
        data: { signIn: true },
      });
    });

    it('locks the account when the failures arrive at the same time', async () => {
      const { details } = await signUp(testApp);
      await Promise.all(
        Array.from({ length: 8 }, (_, attempt) =>
          signInAttempt(details.email, `wrong password ${attempt}`),
        ),
      );
      expect(await signInAttempt(details.email, details.password)).toMatchObject({
        errors: [{ extensions: { code: 'RATE_LIMITED' } }],
      });
    });
  });

  describe('signOut', () => {
    it('ends the session and clears the cookie', async () => {
      const { cookie } = await signUp(testApp);
      const response = await graphqlWithCookies(testApp, SIGN_OUT, {}, cookie);
      expect(response.body).toEqual({ data: { signOut: true } });
      expect(response.setCookie).toEqual([expect.stringMatching(/^pathways_session=;/)]);
      expect(await testApp.graphql(ME, {}, cookie)).toEqual({ data: { me: null } });
    });

    it('leaves the person’s other sessions signed in', async () => {
      const { cookie, details, personId } = await signUp(testApp);
      const other = await signIn(testApp, details.email, details.password);
      await testApp.graphql(SIGN_OUT, {}, cookie);
      expect(await testApp.graphql(ME, {}, other)).toMatchObject({ data: { me: { personId } } });
    });
  });

  describe('changePassword', () => {
    it('refuses a wrong current password, naming the field', async () => {
      const { cookie } = await signUp(testApp);
      expect(
        await testApp.graphql(
          CHANGE_PASSWORD,
          { input: { currentPassword: 'not my password', newPassword: 'a brand new password' } },
          cookie,
        ),
      ).toEqual({
        data: null,
        errors: [
          {
            message: 'Your current password is not correct',
            path: ['changePassword'],
            extensions: { code: 'BAD_USER_INPUT', status: 400, field: 'currentPassword' },
          },
        ],
      });
    });

    it('refuses a new password that is too short, naming the field', async () => {
      const { cookie, details } = await signUp(testApp);
      expect(
        await testApp.graphql(
          CHANGE_PASSWORD,
          { input: { currentPassword: details.password, newPassword: 'short' } },
          cookie,
        ),
      ).toMatchObject({
        errors: [
          {
            message: 'New password must be 12 characters or more',
            extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
          },
        ],
      });
    });

    it('replaces the password and signs out every other session', async () => {
      const { cookie, details, personId } = await signUp(testApp);
      const other = await signIn(testApp, details.email, details.password);
      const newPassword = 'a brand new password 2026';
      expect(
        await testApp.graphql(
          CHANGE_PASSWORD,
          { input: { currentPassword: details.password, newPassword } },
          cookie,
        ),
      ).toEqual({ data: { changePassword: true } });
      expect(await testApp.graphql(ME, {}, cookie)).toMatchObject({ data: { me: { personId } } });
      expect(await testApp.graphql(ME, {}, other)).toEqual({ data: { me: null } });
      expect(await signInAttempt(details.email, details.password)).toMatchObject({
        errors: [{ message: WRONG_DETAILS }],
      });
      expect(await signInAttempt(details.email, newPassword)).toEqual({ data: { signIn: true } });
    });

    it('needs a signed-in person', async () => {
      expect(
        await testApp.graphql(CHANGE_PASSWORD, {
          input: { currentPassword: 'anything at all', newPassword: 'a brand new password' },
        }),
      ).toMatchObject({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    });
  });
});
