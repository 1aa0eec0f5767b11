import { ProposalTimeoutService, RelationshipEntity } from '@pathways/api-mentoring';
import { addDays } from '@pathways/api-programmes';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import {
  activeRelationship,
  applicant,
  APPLY,
  applyInput,
  APPROVE,
  call,
  catapultCohort,
  DECLINE,
  errorOf,
  mentor,
  person,
  runMatching,
  TODAY,
  VOLUNTEER,
  volunteerInput,
} from './mentoring-fixtures';

const REPLACE = `mutation Replace($input: ReplacePairInput!) {
  replacePair(input: $input) { id status locked score explanation mentee { applicationId } }
}`;
const PAUSE = `mutation Pause($input: SetMentorPausedInput!) { setMentorPaused(input: $input) { id paused } }`;
const WITHDRAW = `mutation W($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { id status } }`;
const FAIRNESS = `query F($cohortId: ID!) {
  matchingFairness(cohortId: $cohortId) { rows { sebGroup suppressed mentees matched matchRate meanScore } }
}`;
const COHORT_RELATIONSHIPS = `query R($cohortId: ID!) {
  cohortRelationships(cohortId: $cohortId) { id status startedOn sessionCount lastSessionOn inactiveSince }
}`;

describe('Matching a cohort', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('applyToCohort', () => {
    it('refuses a second application to the same cohort', async () => {
      const { cohortId } = await catapultCohort(testApp);
      const mentee = await applicant(testApp, cohortId);
      expect(errorOf(await testApp.graphql(APPLY, applyInput(cohortId), mentee.cookie))).toEqual({
        code: 'CONFLICT',
        field: 'cohortId',
        message: 'You have already applied to this cohort',
      });
    });

    it('refuses an application once the window has closed', async () => {
      const setup = await catapultCohort(testApp);
      await call(
        testApp,
        setup.lead,
        'mutation U($input: UpdateCohortInput!) { updateCohort(input: $input) { id } }',
        {
          input: {
            id: setup.cohortId,
            applicationsOpen: addDays(TODAY, -20),
            applicationsClose: addDays(TODAY, -1),
          },
        },
      );
      const mentee = await person(testApp, { sebOccupation: 'routine' });
      expect(
        errorOf(await testApp.graphql(APPLY, applyInput(setup.cohortId), mentee.cookie)),
      ).toMatchObject({
        code: 'CONFLICT',
        message: 'Applications for this cohort are closed',
      });
    });

    it('lets a mentee apply again after withdrawing', async () => {
      const { cohortId } = await catapultCohort(testApp);
      const mentee = await applicant(testApp, cohortId);
      const withdrawn = await call(testApp, mentee, WITHDRAW, {
        input: { applicationId: mentee.applicationId },
      });
      expect(withdrawn).toEqual({
        withdrawApplication: { id: mentee.applicationId, status: 'withdrawn' },
      });
      expect(await call(testApp, mentee, APPLY, applyInput(cohortId))).toMatchObject({
        applyToCohort: { status: 'active' },
      });
    });
  });

  describe('volunteerAsMentor', () => {
    it('refuses someone below the programme’s mentor grade, saying why', async () => {
      const { cohortId } = await catapultCohort(testApp);
      const junior = await person(testApp, { gradeCode: 'HEO' });
      expect(
        errorOf(await testApp.graphql(VOLUNTEER, volunteerInput(cohortId), junior.cookie)),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'cohortId',
        message: 'Mentors on this programme must be grade G7 or above; your grade is HEO.',
      });
    });

    it('updates the offer when the mentor volunteers again', async () => {
      const { cohortId } = await catapultCohort(testApp);
      const member = await mentor(testApp, cohortId);
      const again = await call(
        testApp,
        member,
        VOLUNTEER,
        volunteerInput(cohortId, { capacity: 3, topics: ['networking'] }),
      );
      expect(again).toMatchObject({
        volunteerAsMentor: { id: member.offerId, capacity: 3, topics: ['networking'] },
      });
    });
  });

  describe('runMatching', () => {
    it('matches the most mentees within capacities, leaving paused and full mentors out', async () => {
      const setup = await catapultCohort(testApp);
      const mentees = [];
      for (let i = 0; i < 3; i++) mentees.push(await applicant(testApp, setup.cohortId));
      const busy = await mentor(testApp, setup.cohortId, { capacity: 1 });
      const paused = await mentor(testApp, setup.cohortId, { capacity: 3 });
      await call(testApp, paused, PAUSE, { input: { paused: true } });
      await mentor(testApp, setup.cohortId, { capacity: 0 });
      const run = await runMatching(testApp, setup.lead, setup.cohortId);
      expect(run.matchedCount).toBe(1);
      expect(run.pairs.map((pair) => pair.mentor.person.id)).toEqual([busy.personId]);
      expect(run.unmatched).toHaveLength(2);
    });

    it('keeps approved and hand-made pairs on a re-run, and gives the unmatched priority', async () => {
      const setup = await catapultCohort(testApp);
      const first = await applicant(testApp, setup.cohortId);
      await mentor(testApp, setup.cohortId, { capacity: 1 });
      const initial = await runMatching(testApp, setup.lead, setup.cohortId);
      await call(testApp, setup.lead, APPROVE, {
        input: { cohortId: setup.cohortId, relationshipIds: [initial.pairs[0].id], all: false },
      });

      const second = await applicant(testApp, setup.cohortId);
      const third = await applicant(testApp, setup.cohortId);
      const mentorB = await mentor(testApp, setup.cohortId, { capacity: 1 });
      const replaced = await call<{ replacePair: { id: string } }>(testApp, setup.lead, REPLACE, {
        input: { menteeApplicationId: third.applicationId, mentorOfferId: mentorB.offerId },
      });
      expect(replaced.replacePair).toMatchObject({
        status: 'suggested',
        locked: true,
        mentee: { applicationId: third.applicationId },
      });

      const rerun = await runMatching(testApp, setup.lead, setup.cohortId);
      expect(
        rerun.pairs.map((pair) => [pair.mentee.applicationId, pair.status, pair.locked]).sort(),
      ).toEqual(
        [
          [first.applicationId, 'proposed', false],
          [third.applicationId, 'suggested', true],
        ].sort(),
      );
      expect(rerun.unmatched).toEqual([{ applicationId: second.applicationId }]);
      expect(rerun.pairs.find((pair) => pair.locked)?.explanation[0]).toBe(
        'Paired by hand by the programme lead',
      );

      // The mentee left out now earns the priority bonus against a new, equal applicant.
      const mentorC = await mentor(testApp, setup.cohortId, { capacity: 1 });
      await applicant(testApp, setup.cohortId);
      const thirdRun = await runMatching(testApp, setup.lead, setup.cohortId);
      const newPair = thirdRun.pairs.find((pair) => pair.mentor.person.id === mentorC.personId);
      expect(newPair?.mentee.applicationId).toBe(second.applicationId);
      expect(newPair?.explanation).toContain(
        'Priority: left unmatched in the previous matching run',
      );
    });

    it('puts a declined mentee back in the pool with priority, and never with the same mentor', async () => {
      const setup = await catapultCohort(testApp);
      const mentee = await applicant(testApp, setup.cohortId);
      const decliner = await mentor(testApp, setup.cohortId, { capacity: 1 });
      const [pair] = (await runMatching(testApp, setup.lead, setup.cohortId)).pairs;
      await call(testApp, setup.lead, APPROVE, { input: { cohortId: setup.cohortId, all: true } });
      const declined = await call(testApp, decliner, DECLINE, {
        input: { relationshipId: pair.id, reason: 'Going on leave' },
      });
      expect(declined).toEqual({
        declineProposal: { id: pair.id, status: 'declined', declineReason: 'Going on leave' },
      });
      expect(await call(testApp, setup.lead, '{ myNotifications { kind } }')).toEqual({
        myNotifications: [{ kind: 'proposal.declined' }],
      });

      const other = await mentor(testApp, setup.cohortId, { capacity: 1 });
      const rerun = await runMatching(testApp, setup.lead, setup.cohortId);
      expect(rerun.pairs).toEqual([
        expect.objectContaining({
          mentee: { applicationId: mentee.applicationId },
          mentor: { person: { id: other.personId } },
          explanation: expect.arrayContaining([
            'Priority: left unmatched in the previous matching run',
          ]),
        }),
      ]);
    });
  });

  describe('matchingFairness', () => {
    it('shows the lead match rates by SEB group, withholding groups of fewer than 10', async () => {
      const setup = await catapultCohort(testApp);
      for (let i = 0; i < 10; i++) await applicant(testApp, setup.cohortId);
      await mentor(testApp, setup.cohortId, { capacity: 5 });
      await runMatching(testApp, setup.lead, setup.cohortId);
      const rows = (
        await call<{ matchingFairness: { rows: unknown[] } }>(testApp, setup.lead, FAIRNESS, {
          cohortId: setup.cohortId,
        })
      ).matchingFairness.rows;
      const empty = { suppressed: false, mentees: 0, matched: 0, matchRate: null, meanScore: null };
      expect(rows).toEqual([
        { sebGroup: 'professional', ...empty },
        { sebGroup: 'intermediate', ...empty },
        {
          sebGroup: 'lower',
          suppressed: false,
          mentees: 10,
          matched: 5,
          matchRate: 0.5,
          meanScore: expect.any(Number),
        },
        { sebGroup: 'unknown', ...empty },
        {
          sebGroup: 'all',
          suppressed: false,
          mentees: 10,
          matched: 5,
          matchRate: 0.5,
          meanScore: expect.any(Number),
        },
      ]);
    });
  });

  describe('ProposalTimeoutService.processDue', () => {
    it('reminds after 5 days, returns to the lead after 10, and does each once', async () => {
      const setup = await catapultCohort(testApp);
      const mentee = await applicant(testApp, setup.cohortId);
      const member = await mentor(testApp, setup.cohortId, { capacity: 1 });
      const [pair] = (await runMatching(testApp, setup.lead, setup.cohortId)).pairs;
      await call(testApp, setup.lead, APPROVE, { input: { cohortId: setup.cohortId, all: true } });
      const { proposedAt } = await dataSource
        .getRepository(RelationshipEntity)
        .findOneByOrFail({ id: pair.id });
      const at = (days: number) =>
        new Date((proposedAt as Date).getTime() + days * 86_400_000 + 1000);
      const timeouts = testApp.app.get(ProposalTimeoutService);

      expect(await timeouts.processDue(at(4))).toEqual({ reminded: 0, returned: 0 });
      const fifth = await timeouts.processDue(at(5));
      expect(fifth.reminded).toBeGreaterThanOrEqual(1);
      expect(await timeouts.processDue(at(6))).toEqual({ reminded: 0, returned: 0 });
      expect(await call(testApp, mentee, '{ myNotifications { kind } }')).toEqual({
        myNotifications: [{ kind: 'proposal.reminder' }, { kind: 'proposal.approved' }],
      });

      const tenth = await timeouts.processDue(at(10));
      expect(tenth.returned).toBeGreaterThanOrEqual(1);
      expect(await timeouts.processDue(at(11))).toEqual({ reminded: 0, returned: 0 });
      expect(
        await dataSource.getRepository(RelationshipEntity).findOneByOrFail({ id: pair.id }),
      ).toMatchObject({
        status: 'returned',
      });
      expect(await call(testApp, setup.lead, '{ myNotifications { kind } }')).toEqual({
        myNotifications: [{ kind: 'proposal.returned' }],
      });
      expect(
        errorOf(
          await testApp.graphql(
            'mutation A($input: AcceptProposalInput!) { acceptProposal(input: $input) { id } }',
            { input: { relationshipId: pair.id } },
            member.cookie,
          ),
        ),
      ).toMatchObject({
        code: 'CONFLICT',
        message: 'This proposal is no longer open (it is returned)',
      });
    });
  });

  describe('cohortRelationships', () => {
    it('flags an active relationship with no session for 60 days', async () => {
      const setup = await activeRelationship(testApp);
      const startedOn = addDays(TODAY, -61);
      await dataSource
        .getRepository(RelationshipEntity)
        .update({ id: setup.relationshipId }, { startedOn });
      expect(
        await call(testApp, setup.lead, COHORT_RELATIONSHIPS, { cohortId: setup.cohortId }),
      ).toEqual({
        cohortRelationships: [
          {
            id: setup.relationshipId,
            status: 'active',
            startedOn,
            sessionCount: 0,
            lastSessionOn: null,
            inactiveSince: startedOn,
          },
        ],
      });
    });

    it('does not flag one with a recent session', async () => {
      const setup = await activeRelationship(testApp);
      await call(
        testApp,
        setup.mentee,
        'mutation L($input: LogSessionInput!) { logSession(input: $input) { id } }',
        {
          input: {
            relationshipId: setup.relationshipId,
            heldOn: TODAY,
            durationMinutes: 30,
            format: 'phone',
            topics: [],
            nextSteps: '',
          },
        },
      );
      expect(
        await call(testApp, setup.lead, COHORT_RELATIONSHIPS, { cohortId: setup.cohortId }),
      ).toEqual({
        cohortRelationships: [
          {
            id: setup.relationshipId,
            status: 'active',
            startedOn: TODAY,
            sessionCount: 1,
            lastSessionOn: TODAY,
            inactiveSince: null,
          },
        ],
      });
    });
  });

  describe('withdrawApplication', () => {
    it('withdraws a pending proposal with the application, and tells the mentor', async () => {
      const setup = await catapultCohort(testApp);
      const mentee = await applicant(testApp, setup.cohortId);
      const member = await mentor(testApp, setup.cohortId);
      const [pair] = (await runMatching(testApp, setup.lead, setup.cohortId)).pairs;
      await call(testApp, setup.lead, APPROVE, { input: { cohortId: setup.cohortId, all: true } });
      await call(testApp, mentee, WITHDRAW, { input: { applicationId: mentee.applicationId } });
      expect(
        await dataSource.getRepository(RelationshipEntity).findOneByOrFail({ id: pair.id }),
      ).toMatchObject({ status: 'withdrawn' });
      expect(
        await call(testApp, member, '{ myMentorProposals { id } myNotifications { kind } }'),
      ).toEqual({
        myMentorProposals: [],
        myNotifications: [{ kind: 'proposal.withdrawn' }, { kind: 'proposal.approved' }],
      });
    });

    it('refuses while the relationship is active', async () => {
      const setup = await activeRelationship(testApp);
      const response = await testApp.graphql(
        WITHDRAW,
        { input: { applicationId: setup.mentee.applicationId } },
        setup.mentee.cookie,
      );
      expect(errorOf(response)).toEqual({
        code: 'CONFLICT',
        field: null,
        message: 'You have an active mentoring relationship: end it instead of withdrawing',
      });
    });
  });
});
