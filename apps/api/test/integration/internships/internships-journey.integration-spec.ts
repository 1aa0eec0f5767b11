import { AuditEventEntity } from '@pathways/api-audit';
import { RoleGrantEntity } from '@pathways/api-identity';
import { CareerEventEntity } from '@pathways/api-outcomes';
import { EnrolmentEntity, addDays } from '@pathways/api-programmes';
import { PersonEntity } from '@pathways/api-people';
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
  CHECK_IN,
  CREATE_PROGRAMME,
  ELIGIBILITY,
  errorOf,
  INTAKE,
  lead,
  MANAGED,
  MY_APPLICATIONS,
  OFFER,
  offerInput,
  offerPlacement,
  openIntake,
  OUTCOME,
  person,
  RESPOND,
  runMatching,
  runningPlacement,
  TODAY,
  TRAINING,
} from './internship-fixtures';

const termEndOf = (start: string) =>
  addDays(`${Number(start.slice(0, 4)) + 1}${start.slice(4)}`, -1);

describe('Care leaver internships', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('createInternshipProgramme', () => {
    it('keeps the scheme’s 12 months and 16 to 25 as settings, and makes the creator its lead', async () => {
      const coordinator = await lead(testApp);
      const { createInternshipProgramme } = await call<{
        createInternshipProgramme: { id: string };
      }>(testApp, coordinator, CREATE_PROGRAMME, {
        input: { code: 'CLC-DEFAULTS', name: 'Care Leaver Covenant' },
      });
      expect(createInternshipProgramme).toEqual({
        id: expect.any(String),
        code: 'CLC-DEFAULTS',
        name: 'Care Leaver Covenant',
        settings: { termMonths: 12, minimumAge: 16, maximumAge: 25 },
        intakes: [],
      });
      const grants = await dataSource
        .getRepository(RoleGrantEntity)
        .findBy({ personId: coordinator.personId, scopeId: 'CLC-DEFAULTS' });
      expect(grants.map((g) => g.role)).toEqual(['programme_lead']);
    });

    it('takes other terms, such as 18 months for ages 18 to 30', async () => {
      const coordinator = await lead(testApp);
      const { createInternshipProgramme } = await call<{
        createInternshipProgramme: { settings: unknown };
      }>(testApp, coordinator, CREATE_PROGRAMME, {
        input: {
          code: 'CLC-LATER',
          name: 'Later terms',
          termMonths: 18,
          minimumAge: 18,
          maximumAge: 30,
        },
      });
      expect(createInternshipProgramme.settings).toEqual({
        termMonths: 18,
        minimumAge: 18,
        maximumAge: 30,
      });
    });

    it('refuses an oldest age below the youngest, naming the field', async () => {
      const coordinator = await lead(testApp);
      const response = await testApp.graphql(
        CREATE_PROGRAMME,
        { input: { code: 'CLC-BAD', name: 'Bad', minimumAge: 26 } },
        coordinator.cookie,
      );
      expect(errorOf(response)).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'The oldest age must not be below the youngest age',
        field: 'maximumAge',
      });
    });
  });

  describe('offerInternshipPlacement', () => {
    it('offers an AO or EO placement for the programme’s term, and tells the line manager', async () => {
      const setup = await openIntake(testApp);
      const lineManager = await person(testApp, { gradeCode: 'HEO' });
      const { offerInternshipPlacement } = await call<{
        offerInternshipPlacement: { placements: unknown[] };
      }>(testApp, setup.coordinator, OFFER, offerInput(setup.intakeId, lineManager));
      expect(offerInternshipPlacement.placements).toEqual([
        {
          id: expect.any(String),
          departmentCode: 'MOJ',
          team: 'Digital services',
          gradeCode: 'EO',
          regionName: 'London',
          workAreaName: expect.stringMatching(/digital/i),
          startDate: TODAY,
          termMonths: 12,
          endDate: termEndOf(TODAY),
          status: 'open',
          trainingStatus: 'overdue',
          lineManager: { staffNumber: lineManager.staffNumber },
        },
      ]);
      const notices = await dataSource
        .getRepository(NotificationEntity)
        .findBy({ personId: lineManager.personId });
      expect(notices.map((n) => n.title)).toEqual(['You will line manage a care leaver intern']);
    });

    it('refuses other grades, and an unknown line manager', async () => {
      const setup = await openIntake(testApp);
      const lineManager = await person(testApp);
      expect(
        errorOf(
          await testApp.graphql(
            OFFER,
            offerInput(setup.intakeId, lineManager, { gradeCode: 'HEO' }),
            setup.coordinator.cookie,
          ),
        ),
      ).toEqual({ code: 'BAD_USER_INPUT', message: 'Select AO or EO', field: 'gradeCode' });
      expect(
        errorOf(
          await testApp.graphql(
            OFFER,
            offerInput(setup.intakeId, { ...lineManager, staffNumber: 'NOBODY-1' }),
            setup.coordinator.cookie,
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lineManagerStaffNumber' });
    });
  });

  describe('applyToInternship', () => {
    it('explains eligibility without storing anything, then stores the details for the applicant only', async () => {
      const setup = await openIntake(testApp);
      const candidate = await person(testApp, { gradeCode: 'AA' });
      expect(
        await call(testApp, candidate, ELIGIBILITY, {
          input: {
            intakeId: setup.intakeId,
            weeksInCare: 40,
            inCareAfterSixteen: true,
            dateOfBirth: '2006-01-01',
          },
        }),
      ).toEqual({ internshipEligibility: { eligible: true, reasons: [] } });
      expect(await call(testApp, candidate, MY_APPLICATIONS)).toEqual({
        myInternshipApplications: [],
      });
      await call(
        testApp,
        candidate,
        APPLY,
        applyInput(setup.intakeId, { dateOfBirth: '2006-01-01' }),
      );
      expect(await call(testApp, candidate, MY_APPLICATIONS)).toEqual({
        myInternshipApplications: [
          {
            id: expect.any(String),
            intakeId: setup.intakeId,
            weeksInCare: 40,
            inCareAfterSixteen: true,
            preferredRegions: ['TLI'],
            preferredWork: ['digital_data_technology'],
            offer: null,
          },
        ],
      });
      const stored = await dataSource
        .getRepository(PersonEntity)
        .findOneByOrFail({ id: candidate.personId });
      expect([stored.dateOfBirth, stored.careLeaver]).toEqual(['2006-01-01', true]);
    });

    it('refuses someone too old, saying by how much on which date', async () => {
      const setup = await openIntake(testApp);
      const candidate = await person(testApp);
      const start = addDays(TODAY, 30);
      const dateOfBirth = addDays(`${Number(start.slice(0, 4)) - 27}${start.slice(4)}`, -3);
      const response = await testApp.graphql(
        APPLY,
        applyInput(setup.intakeId, { dateOfBirth }),
        candidate.cookie,
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(response).message).toMatch(
        /^You cannot apply to this intake\. You must be 25 or younger on \d{1,2} \w+ \d{4}; you will be 27\.$/,
      );
      expect(await call(testApp, candidate, MY_APPLICATIONS)).toEqual({
        myInternshipApplications: [],
      });
      const stored = await dataSource
        .getRepository(PersonEntity)
        .findOneByOrFail({ id: candidate.personId });
      expect([stored.dateOfBirth, stored.careLeaver]).toEqual([null, null]);
    });

    it('refuses fewer than 13 weeks in care, or none after the 16th birthday, with each reason', async () => {
      const setup = await openIntake(testApp);
      const candidate = await person(testApp);
      expect(
        await call(testApp, candidate, ELIGIBILITY, {
          input: {
            intakeId: setup.intakeId,
            weeksInCare: 6,
            inCareAfterSixteen: false,
            dateOfBirth: '2006-01-01',
          },
        }),
      ).toEqual({
        internshipEligibility: {
          eligible: false,
          reasons: [
            'You must have been in care for at least 13 weeks in total; you told us 6 weeks.',
            'Some of your time in care must have been after your 16th birthday.',
          ],
        },
      });
    });

    it('uses the date of birth on record rather than one given', async () => {
      const setup = await openIntake(testApp);
      const candidate = await person(testApp);
      await dataSource
        .getRepository(PersonEntity)
        .update(candidate.personId, { dateOfBirth: '1990-01-01' });
      const { internshipEligibility } = await call<{
        internshipEligibility: { eligible: boolean };
      }>(testApp, candidate, ELIGIBILITY, {
        input: {
          intakeId: setup.intakeId,
          weeksInCare: 40,
          inCareAfterSixteen: true,
          dateOfBirth: '2006-01-01',
        },
      });
      expect(internshipEligibility.eligible).toBe(false);
    });

    it('takes one application per intake', async () => {
      const setup = await openIntake(testApp);
      const candidate = await applicant(testApp, setup.intakeId);
      expect(
        errorOf(await testApp.graphql(APPLY, applyInput(setup.intakeId), candidate.cookie)),
      ).toEqual({
        code: 'CONFLICT',
        message: 'You have already applied to this intake',
        field: 'intakeId',
      });
    });
  });

  describe('runInternshipMatching', () => {
    it('proposes each placement to one candidate, with the fit in words, and never outside their regions', async () => {
      const setup = await openIntake(testApp);
      const lineManager = await person(testApp, { gradeCode: 'HEO' });
      const london = await offerPlacement(testApp, setup, lineManager);
      const scotland = await offerPlacement(testApp, setup, lineManager, { regionCode: 'TLM' });
      const first = await applicant(testApp, setup.intakeId);
      const second = await applicant(testApp, setup.intakeId, { preferredWork: ['policy'] });
      const matches = await runMatching(testApp, setup);
      expect(matches).toEqual([
        {
          id: expect.any(String),
          status: 'suggested',
          score: 0.9,
          explanation: [
            'In London, one of the regions chosen',
            expect.stringMatching(/work, one of the kinds of work chosen$/),
          ],
          candidate: { id: first.personId },
          placementId: london,
          placementSummary: 'Justice, Digital services, EO, London',
        },
      ]);
      const { internshipIntake } = await call<{
        internshipIntake: {
          applicants: { status: string; person: { id: string } }[];
          placements: { id: string; status: string }[];
        };
      }>(testApp, setup.coordinator, INTAKE, { id: setup.intakeId });
      expect(internshipIntake.applicants.map((a) => [a.person.id, a.status])).toEqual([
        [first.personId, 'suggested'],
        [second.personId, 'waiting'],
      ]);
      expect(internshipIntake.placements.map((p) => [p.id, p.status])).toEqual([
        [london, 'suggested'],
        [scotland, 'open'],
      ]);
    });

    it('puts a candidate who declines back in the pool, never with the same placement', async () => {
      const setup = await openIntake(testApp);
      const lineManager = await person(testApp, { gradeCode: 'HEO' });
      await offerPlacement(testApp, setup, lineManager);
      const candidate = await applicant(testApp, setup.intakeId);
      const [match] = await runMatching(testApp, setup);
      await call(testApp, setup.coordinator, APPROVE, {
        input: { intakeId: setup.intakeId, matchIds: [match.id] },
      });
      const offered = await call<{
        myInternshipApplications: { offer: { matchId: string; status: string } }[];
      }>(testApp, candidate, MY_APPLICATIONS);
      expect(offered.myInternshipApplications[0].offer).toMatchObject({
        matchId: match.id,
        status: 'offered',
      });
      await call(testApp, candidate, RESPOND, { input: { matchId: match.id, accept: false } });
      const suggested = async () =>
        (await runMatching(testApp, setup)).filter((m) => m.status === 'suggested');
      expect(await suggested()).toEqual([]);
      const second = await offerPlacement(testApp, setup, lineManager);
      const rerun = await suggested();
      expect(rerun.map((m) => [m.candidate.id, m.placementId])).toEqual([
        [candidate.personId, second],
      ]);
      expect(rerun[0].explanation).toContain('Waiting since an earlier round of matching');
    });
  });

  describe('respondToInternshipOffer', () => {
    it('fills the placement, enrols the intern for the term and grants the line manager role, audited', async () => {
      const { setup, lineManager, placementId, intern } = await runningPlacement(testApp);
      const enrolment = await dataSource
        .getRepository(EnrolmentEntity)
        .findOneByOrFail({ personId: intern.personId });
      expect(enrolment).toMatchObject({
        cohortId: setup.intakeId,
        programmeId: setup.programmeId,
        role: 'participant',
        startDate: TODAY,
        endDate: termEndOf(TODAY),
      });
      const grants = await dataSource
        .getRepository(RoleGrantEntity)
        .findBy({ personId: lineManager.personId, role: 'line_manager' });
      expect(grants.map((g) => [g.scopeType, g.scopeId])).toEqual([['intern', intern.personId]]);
      const audited = await dataSource
        .getRepository(AuditEventEntity)
        .findBy({ action: 'role.granted' });
      expect(audited.some((e) => e.subjectPersonIds.includes(lineManager.personId))).toBe(true);
      const { managedPlacement } = await call<{ managedPlacement: unknown }>(
        testApp,
        lineManager,
        MANAGED,
        {
          id: placementId,
        },
      );
      expect(managedPlacement).toMatchObject({ status: 'filled', intern: { id: intern.personId } });
    });

    it('answers an offer once', async () => {
      const { intern, matchId } = await runningPlacement(testApp);
      expect(
        errorOf(
          await testApp.graphql(RESPOND, { input: { matchId, accept: false } }, intern.cookie),
        ),
      ).toEqual({ code: 'CONFLICT', message: 'You have already answered this offer', field: null });
    });
  });

  describe('joinCareLeaverNetwork', () => {
    const NETWORK = '{ myCareLeaverNetwork { member canJoin } }';
    const JOIN = 'mutation { joinCareLeaverNetwork { member canJoin } }';

    it('makes an intern a member of the care leaver network, once', async () => {
      const { intern } = await runningPlacement(testApp);
      expect(await call(testApp, intern, NETWORK)).toEqual({
        myCareLeaverNetwork: { member: false, canJoin: true },
      });
      await call(testApp, intern, JOIN);
      expect(await call(testApp, intern, JOIN)).toEqual({
        joinCareLeaverNetwork: { member: true, canJoin: true },
      });
      const [membership] = await dataSource.query(
        `SELECT n.kind, n.code FROM network_membership m JOIN network n ON n.id = m.network_id
         WHERE m.person_id = $1`,
        [intern.personId],
      );
      expect(membership).toEqual({ kind: 'care_leaver', code: 'CARE-LEAVER-INTERNS' });
    });

    it('is for interns only', async () => {
      const setup = await openIntake(testApp);
      const candidate = await applicant(testApp, setup.intakeId);
      expect(errorOf(await testApp.graphql(JOIN, {}, candidate.cookie))).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });

  describe('line manager', () => {
    it('records training and monthly check-ins', async () => {
      const { lineManager, placementId } = await runningPlacement(testApp);
      expect(
        await call(testApp, lineManager, TRAINING, {
          input: { placementId, completedOn: addDays(TODAY, -2) },
        }),
      ).toEqual({
        recordLineManagerTraining: {
          id: placementId,
          trainingCompletedOn: addDays(TODAY, -2),
          trainingStatus: 'done',
        },
      });
      const month = TODAY.slice(0, 7);
      await call(testApp, lineManager, CHECK_IN, {
        input: { placementId, month, status: 'on_track', notes: 'First week went well' },
      });
      expect(
        await call(testApp, lineManager, CHECK_IN, {
          input: {
            placementId,
            month,
            status: 'needs_support',
            notes: 'Struggling with travel costs',
          },
        }),
      ).toEqual({
        recordInternCheckIn: {
          id: placementId,
          checkIns: [{ month, status: 'needs_support', notes: 'Struggling with travel costs' }],
        },
      });
    });

    it('refuses a check-in for a month outside the placement', async () => {
      const { lineManager, placementId } = await runningPlacement(testApp);
      expect(
        errorOf(
          await testApp.graphql(
            CHECK_IN,
            { input: { placementId, month: '2001-01', status: 'on_track', notes: '' } },
            lineManager.cookie,
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    });
  });

  describe('recordPlacementOutcome', () => {
    it('records made permanent with its career event, dated at the placement end, once', async () => {
      const { setup, lineManager, placementId, intern } = await runningPlacement(testApp);
      expect(
        await call(testApp, lineManager, OUTCOME, {
          input: { placementId, outcome: 'made_permanent' },
        }),
      ).toEqual({
        recordPlacementOutcome: {
          id: placementId,
          outcome: 'made_permanent',
          outcomeEffectiveDate: termEndOf(TODAY),
          canRecordOutcome: false,
        },
      });
      const events = await dataSource
        .getRepository(CareerEventEntity)
        .findBy({ personId: intern.personId });
      expect(events).toEqual([
        expect.objectContaining({
          eventId: `internship-outcome:${placementId}`,
          type: 'made_permanent',
          source: 'lead_recorded',
          confirmed: true,
          effectiveDate: termEndOf(TODAY),
          fromGrade: 'EO',
          toGrade: 'EO',
          recordedBy: lineManager.personId,
        }),
      ]);
      expect(
        errorOf(
          await testApp.graphql(
            OUTCOME,
            { input: { placementId, outcome: 'left' } },
            lineManager.cookie,
          ),
        ),
      ).toMatchObject({ code: 'CONFLICT' });
      const { internshipIntake } = await call<{ internshipIntake: { recordedOutcomes: number } }>(
        testApp,
        setup.coordinator,
        INTAKE,
        { id: setup.intakeId },
      );
      expect(internshipIntake.recordedOutcomes).toBe(1);
    });

    it('records a promotion to the grade above, and leaving with the enrolment ending then', async () => {
      const promoted = await runningPlacement(testApp);
      await call(testApp, promoted.lineManager, OUTCOME, {
        input: {
          placementId: promoted.placementId,
          outcome: 'promoted',
          effectiveDate: addDays(TODAY, 200),
        },
      });
      expect(
        await dataSource
          .getRepository(CareerEventEntity)
          .findBy({ personId: promoted.intern.personId }),
      ).toEqual([
        expect.objectContaining({
          type: 'promotion',
          fromGrade: 'EO',
          toGrade: 'HEO',
          effectiveDate: addDays(TODAY, 200),
        }),
      ]);

      const left = await runningPlacement(testApp);
      await call(testApp, left.lineManager, OUTCOME, {
        input: {
          placementId: left.placementId,
          outcome: 'left',
          effectiveDate: addDays(TODAY, 40),
        },
      });
      const enrolment = await dataSource
        .getRepository(EnrolmentEntity)
        .findOneByOrFail({ personId: left.intern.personId });
      expect(enrolment.endDate).toBe(addDays(TODAY, 40));
    });

    it('writes no career event for completed without extension', async () => {
      const { lineManager, placementId, intern } = await runningPlacement(testApp);
      await call(testApp, lineManager, OUTCOME, { input: { placementId, outcome: 'completed' } });
      expect(
        await dataSource.getRepository(CareerEventEntity).findBy({ personId: intern.personId }),
      ).toEqual([]);
    });
  });
});
