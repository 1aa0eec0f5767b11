import { InternshipApplicationEntity, InternshipMatchEntity } from '@pathways/api-internships';
import { NotificationEntity } from '@pathways/api-notifications';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import {
  applicant,
  APPLY,
  applyInput,
  APPROVE,
  call,
  errorOf,
  INTAKE,
  MY_APPLICATIONS,
  offerPlacement,
  openIntake,
  person,
  runMatching,
  runningPlacement,
  WITHDRAW,
} from './internship-fixtures';

describe('Withdrawing an internship application', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const withdraw = (member: { cookie: string }, applicationId: string) =>
    testApp.graphql(WITHDRAW, { input: { applicationId } }, member.cookie);
  const statusOf = async (applicationId: string) =>
    (
      await dataSource
        .getRepository(InternshipApplicationEntity)
        .findOneByOrFail({ id: applicationId })
    ).status;
  const matchStatus = async (id: string) =>
    (await dataSource.getRepository(InternshipMatchEntity).findOneByOrFail({ id })).status;
  const coordinatorNotices = (personId: string) =>
    dataSource.getRepository(NotificationEntity).findBy({ personId });

  describe('withdrawInternshipApplication', () => {
    it('withdraws an active application, which leaves the applicant’s list and the intake', async () => {
      const setup = await openIntake(testApp);
      const candidate = await applicant(testApp, setup.intakeId);
      expect(await withdraw(candidate, candidate.applicationId)).toEqual({
        data: { withdrawInternshipApplication: [] },
      });
      expect(await statusOf(candidate.applicationId)).toBe('withdrawn');
      expect(await call(testApp, candidate, MY_APPLICATIONS)).toEqual({
        myInternshipApplications: [],
      });
      const { internshipIntake } = await call<{ internshipIntake: { applicants: unknown[] } }>(
        testApp,
        setup.coordinator,
        INTAKE,
        { id: setup.intakeId },
      );
      expect(internshipIntake.applicants).toEqual([]);
      expect(await coordinatorNotices(setup.coordinator.personId)).toEqual([]);
    });

    it('discards a suggested match quietly, so the next run offers the placement to someone else', async () => {
      const setup = await openIntake(testApp);
      const lineManager = await person(testApp, { gradeCode: 'HEO' });
      const placementId = await offerPlacement(testApp, setup, lineManager);
      const first = await applicant(testApp, setup.intakeId);
      const [match] = await runMatching(testApp, setup);
      expect(match.candidate.id).toBe(first.personId);
      const second = await applicant(testApp, setup.intakeId);
      await call(testApp, first, WITHDRAW, { input: { applicationId: first.applicationId } });
      expect(await matchStatus(match.id)).toBe('discarded');
      expect(await coordinatorNotices(setup.coordinator.personId)).toEqual([]);
      const rerun = (await runMatching(testApp, setup)).filter((m) => m.status === 'suggested');
      expect(rerun.map((m) => [m.candidate.id, m.placementId])).toEqual([
        [second.personId, placementId],
      ]);
    });

    it('declines an offer: the placement goes back to the pool and the coordinators are told', async () => {
      const setup = await openIntake(testApp);
      const lineManager = await person(testApp, { gradeCode: 'HEO' });
      const placementId = await offerPlacement(testApp, setup, lineManager);
      const candidate = await applicant(testApp, setup.intakeId);
      const [match] = await runMatching(testApp, setup);
      await call(testApp, setup.coordinator, APPROVE, {
        input: { intakeId: setup.intakeId, all: true },
      });
      expect(await withdraw(candidate, candidate.applicationId)).toEqual({
        data: { withdrawInternshipApplication: [] },
      });
      const declined = await dataSource
        .getRepository(InternshipMatchEntity)
        .findOneByOrFail({ id: match.id });
      expect(declined).toMatchObject({ status: 'declined', respondedAt: expect.any(Date) });
      expect(await statusOf(candidate.applicationId)).toBe('withdrawn');
      const notices = await coordinatorNotices(setup.coordinator.personId);
      expect(notices.filter((n) => n.kind === 'internship.withdrawn')).toEqual([
        expect.objectContaining({
          title: 'A candidate withdrew before answering an offer',
          body: `Care leaver internships ${setup.programmeCode.replace('INTERN-', '')}: the offer is declined, and the placement is back in the pool for the next matching run.`,
          link: `/internships/manage/intakes/${setup.intakeId}`,
        }),
      ]);
      const { internshipIntake } = await call<{
        internshipIntake: { placements: { id: string; status: string }[] };
      }>(testApp, setup.coordinator, INTAKE, { id: setup.intakeId });
      expect(internshipIntake.placements).toEqual([
        expect.objectContaining({ id: placementId, status: 'open' }),
      ]);
      const other = await applicant(testApp, setup.intakeId);
      const rerun = (await runMatching(testApp, setup)).filter((m) => m.status === 'suggested');
      expect(rerun.map((m) => [m.candidate.id, m.placementId])).toEqual([
        [other.personId, placementId],
      ]);
    });

    it('refuses once a placement is accepted, leaving the application and placement as they were', async () => {
      const { intern, matchId } = await runningPlacement(testApp);
      expect(errorOf(await withdraw(intern, intern.applicationId))).toEqual({
        code: 'CONFLICT',
        message: 'You have accepted a placement: ask your coordinator to end it',
        field: null,
      });
      expect(await statusOf(intern.applicationId)).toBe('active');
      expect(await matchStatus(matchId)).toBe('accepted');
    });

    it('refuses to withdraw twice', async () => {
      const setup = await openIntake(testApp);
      const candidate = await applicant(testApp, setup.intakeId);
      await call(testApp, candidate, WITHDRAW, {
        input: { applicationId: candidate.applicationId },
      });
      expect(errorOf(await withdraw(candidate, candidate.applicationId))).toEqual({
        code: 'CONFLICT',
        message: 'You have already withdrawn this application',
        field: null,
      });
    });

    it('answers someone else’s application as if it did not exist, and changes nothing', async () => {
      const setup = await openIntake(testApp);
      const candidate = await applicant(testApp, setup.intakeId);
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const caller of [await person(testApp), setup.coordinator]) {
        const theirs = errorOf(await withdraw(caller, candidate.applicationId));
        expect(theirs).toEqual({ code: 'NOT_FOUND', message: 'No such application', field: null });
        expect(errorOf(await withdraw(caller, missing))).toEqual(theirs);
      }
      expect(await statusOf(candidate.applicationId)).toBe('active');
    });

    it('lets the applicant apply to the intake again afterwards', async () => {
      const setup = await openIntake(testApp);
      const candidate = await applicant(testApp, setup.intakeId);
      await call(testApp, candidate, WITHDRAW, {
        input: { applicationId: candidate.applicationId },
      });
      const { applyToInternship } = await call<{ applyToInternship: string }>(
        testApp,
        candidate,
        APPLY,
        applyInput(setup.intakeId, { preferredRegions: [] }),
      );
      expect(applyToInternship).not.toBe(candidate.applicationId);
      const { myInternshipApplications } = await call<{
        myInternshipApplications: { id: string; preferredRegions: string[] }[];
      }>(testApp, candidate, MY_APPLICATIONS);
      expect(myInternshipApplications).toEqual([
        expect.objectContaining({ id: applyToInternship, preferredRegions: [] }),
      ]);
      expect(await statusOf(candidate.applicationId)).toBe('withdrawn');
    });
  });
});
