import { AuditService } from '@pathways/api-audit';
import { MenteeApplicationEntity, MentoringSessionEntity } from '@pathways/api-mentoring';
import { DataSource } from 'typeorm';
import { RolesService } from '@pathways/api-identity';
import { TestApp } from '@pathways/api-testing';
import { startApp } from '../support/app';
import {
  activeRelationship,
  applicant,
  APPROVE,
  call,
  catapultCohort,
  CREATE_COHORT,
  CREATE_PROGRAMME,
  DECLINE,
  errorOf,
  lead,
  Member,
  mentor,
  person,
  runMatching,
  SAVE_ANSWERS,
  TODAY,
} from './mentoring-fixtures';

const RELATIONSHIP = `query R($id: ID!) {
  relationship(id: $id) {
    id status viewer declineReason
    mentee { goals topics person { givenName gradeCode } }
    mentor { topics person { givenName gradeCode } }
  }
}`;
const TIMELINE = `query T($id: ID!) { relationshipTimeline(id: $id) { events { kind } } }`;
const LOG_SESSION = `mutation L($input: LogSessionInput!) { logSession(input: $input) { id privateNote } }`;
const SESSIONS = `query T($id: ID!) {
  relationshipTimeline(id: $id) { events { session { nextSteps privateNote loggedByMe } } }
}`;
const APPLICATIONS = `query A($cohortId: ID!) {
  cohortApplications(cohortId: $cohortId) { applicationId eligible goals person { id } }
}`;
const EXPORT = `query E($cohortId: ID!) { cohortExportCsv(cohortId: $cohortId) }`;
const INTROSPECT = `query F($name: String!) { __type(name: $name) { fields { name } } }`;

const logSession = (member: Member, relationshipId: string, privateNote: string) => ({
  member,
  variables: {
    input: {
      relationshipId,
      heldOn: TODAY,
      durationMinutes: 45,
      format: 'in_person',
      topics: ['networking'],
      nextSteps: 'Meet the private office team',
      privateNote,
    },
  },
});

describe('Mentoring access', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  const fieldsOf = async (name: string) =>
    (
      (await call<{ __type: { fields: { name: string }[] } }>(testApp, null, INTROSPECT, { name }))
        .__type.fields ?? []
    )
      .map((field) => field.name)
      .sort();

  describe('what a mentor sees of a mentee', () => {
    it('has goals, topics and work details, and no field for SEB answers or eligibility', async () => {
      expect(await fieldsOf('MenteeProfile')).toEqual([
        'applicationId',
        'availability',
        'departmentPreference',
        'goals',
        'person',
        'professionPreference',
        'region',
        'topics',
      ]);
      expect(await fieldsOf('PersonBrief')).toEqual([
        'departmentCode',
        'familyName',
        'givenName',
        'gradeCode',
        'id',
        'professionCode',
        'regionCode',
      ]);
    });

    it('shows the mentor their mentee’s goals once proposed', async () => {
      const setup = await activeRelationship(testApp);
      expect(await call(testApp, setup.mentor, RELATIONSHIP, { id: setup.relationshipId })).toEqual(
        {
          relationship: {
            id: setup.relationshipId,
            status: 'active',
            viewer: 'mentor',
            declineReason: null,
            mentee: {
              goals: 'Prepare for an HEO promotion board',
              topics: ['applications_interviews', 'confidence'],
              person: { givenName: 'Sam', gradeCode: 'EO' },
            },
            mentor: {
              topics: ['confidence', 'hidden_rules'],
              person: { givenName: 'Sam', gradeCode: 'G7' },
            },
          },
        },
      );
    });

    it('keeps a suggestion between the lead and the engine until the lead approves it', async () => {
      const setup = await catapultCohort(testApp);
      const mentee = await applicant(testApp, setup.cohortId);
      const member = await mentor(testApp, setup.cohortId);
      const [pair] = (await runMatching(testApp, setup.lead, setup.cohortId)).pairs;
      for (const who of [mentee, member]) {
        expect(
          errorOf(await testApp.graphql(RELATIONSHIP, { id: pair.id }, who.cookie)),
        ).toMatchObject({ code: 'NOT_FOUND' });
        expect(
          await call(testApp, who, '{ myRelationships { id } myMentorProposals { id } }'),
        ).toEqual({
          myRelationships: [],
          myMentorProposals: [],
        });
      }
      expect(await call(testApp, setup.lead, RELATIONSHIP, { id: pair.id })).toMatchObject({
        relationship: { viewer: 'lead' },
      });
    });
  });

  describe('relationships', () => {
    it('are hidden from anyone but their members and the programme’s leads', async () => {
      const setup = await activeRelationship(testApp);
      const stranger = await person(testApp, { gradeCode: 'G7' });
      const otherLead = await lead(testApp, 'ANOTHER-PROGRAMME');
      for (const who of [stranger, otherLead]) {
        expect(
          errorOf(await testApp.graphql(RELATIONSHIP, { id: setup.relationshipId }, who.cookie)),
        ).toMatchObject({ code: 'NOT_FOUND' });
        expect(
          errorOf(await testApp.graphql(TIMELINE, { id: setup.relationshipId }, who.cookie)),
        ).toMatchObject({ code: 'NOT_FOUND' });
        const { variables } = logSession(who, setup.relationshipId, 'x');
        expect(errorOf(await testApp.graphql(LOG_SESSION, variables, who.cookie))).toMatchObject({
          code: 'NOT_FOUND',
        });
      }
      expect(
        errorOf(await testApp.graphql(RELATIONSHIP, { id: setup.relationshipId })),
      ).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('show their timeline to the two members only, not the lead', async () => {
      const setup = await activeRelationship(testApp);
      expect(
        errorOf(await testApp.graphql(TIMELINE, { id: setup.relationshipId }, setup.lead.cookie)),
      ).toMatchObject({ code: 'NOT_FOUND' });
      const { relationshipTimeline } = await call<{ relationshipTimeline: { events: unknown[] } }>(
        testApp,
        setup.mentee,
        TIMELINE,
        { id: setup.relationshipId },
      );
      expect(relationshipTimeline.events.length).toBeGreaterThan(0);
    });

    it('show the reason for a decline to the lead and the one who declined, not the other member', async () => {
      const setup = await catapultCohort(testApp);
      const mentee = await applicant(testApp, setup.cohortId);
      const member = await mentor(testApp, setup.cohortId);
      const [pair] = (await runMatching(testApp, setup.lead, setup.cohortId)).pairs;
      await call(testApp, setup.lead, APPROVE, { input: { cohortId: setup.cohortId, all: true } });
      await call(testApp, member, DECLINE, {
        input: { relationshipId: pair.id, reason: 'Too busy this quarter' },
      });
      const reasonFor = async (who: Member) =>
        (
          await call<{ relationship: { declineReason: string | null } }>(
            testApp,
            who,
            'query R($id: ID!) { relationship(id: $id) { declineReason } }',
            { id: pair.id },
          )
        ).relationship.declineReason;
      expect(await reasonFor(setup.lead)).toBe('Too busy this quarter');
      expect(await reasonFor(member)).toBe('Too busy this quarter');
      expect(await reasonFor(mentee)).toBeNull();
    });
  });

  describe('private notes', () => {
    it('are readable by their author only', async () => {
      const setup = await activeRelationship(testApp);
      const mine = logSession(setup.mentor, setup.relationshipId, 'Mentor’s own note');
      expect(await call(testApp, setup.mentor, LOG_SESSION, mine.variables)).toMatchObject({
        logSession: { privateNote: 'Mentor’s own note' },
      });
      const theirs = logSession(setup.mentee, setup.relationshipId, 'Mentee’s own note');
      await call(testApp, setup.mentee, LOG_SESSION, theirs.variables);

      const notesSeenBy = async (who: Member) =>
        (
          await call<{
            relationshipTimeline: {
              events: { session: { privateNote: string | null; loggedByMe: boolean } | null }[];
            };
          }>(testApp, who, SESSIONS, { id: setup.relationshipId })
        ).relationshipTimeline.events.flatMap((event) =>
          event.session ? [[event.session.loggedByMe, event.session.privateNote]] : [],
        );
      expect(await notesSeenBy(setup.mentor)).toEqual([
        [true, 'Mentor’s own note'],
        [false, null],
      ]);
      expect(await notesSeenBy(setup.mentee)).toEqual([
        [false, null],
        [true, 'Mentee’s own note'],
      ]);
      const csv = (
        await call<{ cohortExportCsv: string }>(testApp, setup.lead, EXPORT, {
          cohortId: setup.cohortId,
        })
      ).cohortExportCsv;
      expect(csv).not.toContain('own note');
    });
  });

  describe('what a lead sees of applicants', () => {
    it('is eligible yes or no for the programmes they lead, never why, and each look is audited', async () => {
      const setup = await catapultCohort(testApp);
      const stays = await applicant(testApp, setup.cohortId);
      const changes = await applicant(testApp, setup.cohortId);
      await call(testApp, changes, SAVE_ANSWERS, {
        input: { answers: [{ question: 'seb_occupation', code: 'professional' }] },
      });

      const { cohortApplications } = await call<{
        cohortApplications: { applicationId: string; eligible: boolean }[];
      }>(testApp, setup.lead, APPLICATIONS, { cohortId: setup.cohortId });
      expect(
        cohortApplications.map(({ applicationId, eligible }) => ({ applicationId, eligible })),
      ).toEqual([
        { applicationId: stays.applicationId, eligible: true },
        { applicationId: changes.applicationId, eligible: false },
      ]);
      expect(await fieldsOf('CohortApplicant')).not.toContain('reasons');
      const { items } = await testApp.app.get(AuditService).find({
        action: 'sensitive_data.read',
        actorPersonId: setup.lead.personId,
        limit: 10,
        offset: 0,
      });
      expect(items).toEqual([
        expect.objectContaining({
          subjectPersonIds: expect.arrayContaining([stays.personId, changes.personId]),
          detail: {
            view: 'cohort_applications',
            cohortId: setup.cohortId,
            revealed: 'eligible_yes_no',
          },
        }),
      ]);
    });

    it('is refused to leads of other programmes, admins and participants', async () => {
      const setup = await catapultCohort(testApp);
      const admin = await person(testApp);
      await testApp.app.get(RolesService).grant(null, { personId: admin.personId, role: 'admin' });
      const otherLead = await lead(testApp, 'ANOTHER-PROGRAMME');
      const participant = await person(testApp);
      const leadOnly = [
        [APPLICATIONS, { cohortId: setup.cohortId }],
        [EXPORT, { cohortId: setup.cohortId }],
        [
          'query F($cohortId: ID!) { matchingFairness(cohortId: $cohortId) { runId } }',
          { cohortId: setup.cohortId },
        ],
        [
          'mutation R($input: RunMatchingInput!) { runMatching(input: $input) { id } }',
          { input: { cohortId: setup.cohortId } },
        ],
      ] as const;
      for (const [query, variables] of leadOnly) {
        for (const who of [otherLead, admin, participant]) {
          expect(errorOf(await testApp.graphql(query, variables, who.cookie))).toMatchObject({
            code: 'FORBIDDEN',
          });
        }
      }
    });
  });

  describe('exports', () => {
    it('give the lead matches and activity, without SEB answers, and are audited as exports', async () => {
      const setup = await activeRelationship(testApp);
      const csv = (
        await call<{ cohortExportCsv: string }>(testApp, setup.lead, EXPORT, {
          cohortId: setup.cohortId,
        })
      ).cohortExportCsv;
      const [header, row, end] = csv.split('\r\n');
      expect(header).toBe(
        'relationship_id,status,mentee_staff_number,mentee_name,mentee_department,mentee_grade,mentor_staff_number,mentor_name,mentor_department,mentor_grade,score,proposed_on,started_on,ended_on,end_reason,sessions,session_minutes,last_session_on,session_topics,inactive_since',
      );
      expect(row).toMatch(
        new RegExp(
          `^${setup.relationshipId},active,T\\d+,Sam Tester\\d+,DWP,EO,T\\d+,Sam Tester\\d+,HMRC,G7,[\\d.]+,${TODAY},${TODAY},,,0,0,,,$`,
        ),
      );
      expect(end).toBe('');
      expect(csv).not.toMatch(/seb|routine|lower/i);
      const { items } = await testApp.app.get(AuditService).find({
        action: 'export.report',
        actorPersonId: setup.lead.personId,
        limit: 10,
        offset: 0,
      });
      expect(items).toEqual([
        expect.objectContaining({
          subjectPersonIds: expect.arrayContaining([setup.mentee.personId, setup.mentor.personId]),
        }),
      ]);
    });
  });

  describe('programmes and cohorts', () => {
    it('are created by leads and admins only, and the creator becomes a lead through an audited grant', async () => {
      const participant = await person(testApp);
      const input = { preset: 'catapult', code: 'NOT-ALLOWED', name: 'Not allowed' };
      expect(
        errorOf(await testApp.graphql(CREATE_PROGRAMME, { input }, participant.cookie)),
      ).toMatchObject({ code: 'FORBIDDEN' });
      const setup = await catapultCohort(testApp);
      const { items } = await testApp.app.get(AuditService).find({
        action: 'role.granted',
        subjectPersonId: setup.lead.personId,
        limit: 10,
        offset: 0,
      });
      expect(items.map((item) => item.detail)).toContainEqual({
        role: 'programme_lead',
        scopeType: 'programme',
        scopeId: setup.programmeCode,
      });
    });

    it('are changed only by their own leads, or an admin', async () => {
      const setup = await catapultCohort(testApp);
      const otherLead = await lead(testApp, 'ANOTHER-PROGRAMME');
      const admin = await person(testApp);
      await testApp.app.get(RolesService).grant(null, { personId: admin.personId, role: 'admin' });
      const update =
        'mutation U($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { durationMonths } }';
      const variables = { input: { id: setup.programmeId, durationMonths: 9 } };
      expect(errorOf(await testApp.graphql(update, variables, otherLead.cookie))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(
        errorOf(
          await testApp.graphql(
            CREATE_COHORT,
            {
              input: {
                programmeId: setup.programmeId,
                code: 'X',
                name: 'X',
                applicationsOpen: TODAY,
                applicationsClose: TODAY,
                startDate: TODAY,
              },
            },
            otherLead.cookie,
          ),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(await call(testApp, admin, update, variables)).toEqual({
        updateProgramme: { durationMonths: 9 },
      });
      expect(
        errorOf(
          await testApp.graphql(
            update,
            { input: { id: setup.programmeId, durationMonths: 13 } },
            setup.lead.cookie,
          ),
        ),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'durationMonths',
        message: 'Duration must be a whole number of months from 6 to 12',
      });
    });
  });

  describe('notifications', () => {
    it('are marked read only by their recipient', async () => {
      const setup = await activeRelationship(testApp);
      const { myNotifications } = await call<{ myNotifications: { id: string }[] }>(
        testApp,
        setup.mentee,
        '{ myNotifications { id } }',
      );
      const mark =
        'mutation M($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id readAt } }';
      const variables = { input: { id: myNotifications[0].id } };
      expect(errorOf(await testApp.graphql(mark, variables, setup.mentor.cookie))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await call(testApp, setup.mentee, mark, variables)).toEqual({
        markNotificationRead: { id: myNotifications[0].id, readAt: expect.any(String) },
      });
    });
  });
  describe('personal data', () => {
    it('exports a person’s own mentoring data, not the other member’s notes, and erasure blanks their words', async () => {
      const setup = await activeRelationship(testApp);
      await call(
        testApp,
        setup.mentor,
        LOG_SESSION,
        logSession(setup.mentor, setup.relationshipId, 'Mentor only').variables,
      );
      await call(
        testApp,
        setup.mentee,
        LOG_SESSION,
        logSession(setup.mentee, setup.relationshipId, 'Mentee only').variables,
      );
      const { myPersonalData } = await call<{ myPersonalData: { json: string } }>(
        testApp,
        setup.mentee,
        '{ myPersonalData { json } }',
      );
      const exported = JSON.parse(myPersonalData.json) as Record<string, unknown>;
      expect(JSON.stringify(exported)).toContain('Prepare for an HEO promotion board');
      expect(JSON.stringify(exported)).toContain('Mentee only');
      expect(JSON.stringify(exported)).not.toContain('Mentor only');
      expect(JSON.stringify(exported)).toContain(setup.relationshipId);

      const admin = await person(testApp);
      await testApp.app.get(RolesService).grant(null, { personId: admin.personId, role: 'admin' });
      await call(
        testApp,
        admin,
        'mutation E($input: ErasePersonInput!) { erasePerson(input: $input) { personId } }',
        {
          input: { personId: setup.mentee.personId, reason: 'Request 42' },
        },
      );
      const dataSource = testApp.app.get(DataSource);
      expect(
        await dataSource
          .getRepository(MenteeApplicationEntity)
          .findOneByOrFail({ id: setup.mentee.applicationId }),
      ).toMatchObject({ goals: '', availability: '' });
      const sessions = await dataSource
        .getRepository(MentoringSessionEntity)
        .find({ where: { relationshipId: setup.relationshipId }, order: { createdAt: 'ASC' } });
      expect(sessions.map((session) => session.privateNote)).toEqual(['Mentor only', null]);
    });
  });
});
