import { AuditEventEntity } from '@pathways/api-audit';
import { RoleGrantEntity, RolesService } from '@pathways/api-identity';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import {
  applicant,
  call,
  CHECK_IN,
  errorOf,
  INTAKE,
  lead,
  MANAGED,
  OFFER,
  offerInput,
  openIntake,
  OUTCOME,
  person,
  RESPOND,
  runningPlacement,
  TODAY,
  TRAINING,
} from './internship-fixtures';

const INTROSPECT = `query F($name: String!) { __type(name: $name) { fields { name } } }`;
const MANAGED_LIST = '{ managedPlacements { id intern { id } } }';
const REPORT = `query R($id: ID!) { internshipReport(programmeId: $id) { programmeCode } }`;

describe('Care leaver internships access', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
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

  describe('care details', () => {
    it('are on no type but the applicant’s own application', async () => {
      expect(await fieldsOf('IntakeApplicant')).toEqual([
        'applicationId',
        'appliedAt',
        'person',
        'preferredRegions',
        'preferredWork',
        'status',
      ]);
      expect(await fieldsOf('PlacementPerson')).toEqual([
        'departmentCode',
        'familyName',
        'givenName',
        'gradeCode',
        'id',
        'staffNumber',
      ]);
      expect(await fieldsOf('MyInternshipApplication')).toEqual(
        expect.arrayContaining(['weeksInCare', 'inCareAfterSixteen']),
      );
    });

    it('showing applicants to the coordinator is audited as a read of sensitive data', async () => {
      const setup = await openIntake(testApp);
      const candidate = await applicant(testApp, setup.intakeId);
      await call(testApp, setup.coordinator, INTAKE, { id: setup.intakeId });
      const events = await dataSource
        .getRepository(AuditEventEntity)
        .findBy({ action: 'sensitive_data.read', actorPersonId: setup.coordinator.personId });
      expect(events.map((e) => [e.subjectPersonIds, e.detail])).toEqual([
        [
          [candidate.personId],
          {
            view: 'internship_intake',
            intakeId: setup.intakeId,
            revealed: 'care_leaver_applicant',
          },
        ],
      ]);
    });
  });

  describe('the coordinator', () => {
    it('sees only intakes of programmes they lead', async () => {
      const setup = await openIntake(testApp);
      const other = await lead(testApp, 'ANOTHER-PROGRAMME');
      expect(
        errorOf(await testApp.graphql(INTAKE, { id: setup.intakeId }, other.cookie)),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
      const lineManager = await person(testApp);
      expect(
        errorOf(
          await testApp.graphql(OFFER, offerInput(setup.intakeId, lineManager), other.cookie),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        errorOf(await testApp.graphql(REPORT, { id: setup.programmeId }, other.cookie)),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('cannot record a line manager’s training, check-ins or outcome', async () => {
      const { setup, placementId } = await runningPlacement(testApp);
      for (const [query, input] of [
        [TRAINING, { placementId, completedOn: TODAY }],
        [CHECK_IN, { placementId, month: TODAY.slice(0, 7), status: 'on_track', notes: '' }],
        [OUTCOME, { placementId, outcome: 'made_permanent' }],
      ] as const) {
        expect(
          errorOf(await testApp.graphql(query, { input }, setup.coordinator.cookie)),
        ).toMatchObject({
          code: 'FORBIDDEN',
        });
      }
    });
  });

  describe('a line manager', () => {
    it('sees only the placements they manage', async () => {
      const mine = await runningPlacement(testApp);
      const theirs = await runningPlacement(testApp);
      expect(await call(testApp, mine.lineManager, MANAGED_LIST)).toEqual({
        managedPlacements: [{ id: mine.placementId, intern: { id: mine.intern.personId } }],
      });
      expect(
        errorOf(
          await testApp.graphql(MANAGED, { id: theirs.placementId }, mine.lineManager.cookie),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        errorOf(
          await testApp.graphql(
            CHECK_IN,
            {
              input: {
                placementId: theirs.placementId,
                month: TODAY.slice(0, 7),
                status: 'on_track',
                notes: '',
              },
            },
            mine.lineManager.cookie,
          ),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('needs the line manager role for the intern to record anything about them', async () => {
      const { lineManager, placementId } = await runningPlacement(testApp);
      const grant = await dataSource
        .getRepository(RoleGrantEntity)
        .findOneByOrFail({ personId: lineManager.personId, role: 'line_manager' });
      await testApp.app.get(RolesService).revoke(null, grant.id);
      expect(
        errorOf(
          await testApp.graphql(
            OUTCOME,
            { input: { placementId, outcome: 'left' } },
            lineManager.cookie,
          ),
        ),
      ).toEqual({
        code: 'FORBIDDEN',
        message: 'You can do that once an intern has accepted this placement.',
        field: null,
      });
    });
  });

  describe('a candidate', () => {
    it('answers only their own offers', async () => {
      const { matchId } = await runningPlacement(testApp);
      const stranger = await person(testApp);
      expect(
        errorOf(
          await testApp.graphql(RESPOND, { input: { matchId, accept: true } }, stranger.cookie),
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('cannot read an intake’s coordinator view or report', async () => {
      const setup = await openIntake(testApp);
      const candidate = await applicant(testApp, setup.intakeId);
      expect(
        errorOf(await testApp.graphql(INTAKE, { id: setup.intakeId }, candidate.cookie)),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(
        errorOf(await testApp.graphql(REPORT, { id: setup.programmeId }, candidate.cookie)),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });
});
