import { AuditEventEntity } from '@pathways/api-audit';
import { RolesService } from '@pathways/api-identity';
import { NotificationEntity } from '@pathways/api-notifications';
import { PlacementEntity } from '@pathways/api-internships';
import { addDays, addMonths, CohortEntity } from '@pathways/api-programmes';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import {
  applicant,
  call,
  errorOf,
  INTAKE,
  type Member,
  offerInput,
  offerPlacement,
  openIntake,
  person,
  runningPlacement,
  TODAY,
} from './internship-fixtures';

const OFFER = `mutation O($input: OfferPlacementInput!) {
  offerDepartmentPlacement(input: $input) {
    id intakeId intakeName programmeName departmentCode departmentName team gradeCode regionName
    workAreaName lineManagerName startDate termMonths endDate filled trainingStatus
    trainingCompletedOn outcome outcomeEffectiveDate internName
  }
}`;
const VIEW = `{
  departmentInternships {
    departments { code name }
    intakes { id name programmeName startDate termMonths }
    placements { id intakeId departmentCode team filled internName lineManagerName outcome trainingStatus }
  }
}`;

interface DepartmentView {
  departmentInternships: {
    departments: { code: string; name: string }[];
    intakes: { id: string; name: string; programmeName: string; startDate: string }[];
    placements: {
      id: string;
      intakeId: string;
      departmentCode: string;
      internName: string | null;
    }[];
  };
}

describe('Department leads of care leaver internships', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp.close();
  });

  /** Someone granted department_lead for a department, as an admin would. */
  async function departmentLead(departmentCode: string): Promise<Member> {
    const member = await person(testApp, { departmentCode, gradeCode: 'G7' });
    await testApp.app.get(RolesService).grant(null, {
      personId: member.personId,
      role: 'department_lead',
      scopeType: 'department',
      scopeId: departmentCode,
    });
    return member;
  }

  const view = (member: Member) => call<DepartmentView>(testApp, member, VIEW);

  /** Other tests in this file (one database) add placements too: those of one intake. */
  const placementsIn = (result: DepartmentView, intakeId: string) =>
    result.departmentInternships.placements.filter((placement) => placement.intakeId === intakeId);

  describe('offerDepartmentPlacement', () => {
    it('offers a placement in their department; its line manager is told; the coordinator sees it', async () => {
      const setup = await openIntake(testApp);
      const lead = await departmentLead('MOJ');
      const lineManager = await person(testApp, { givenName: 'Lena', gradeCode: 'HEO' });
      const { offerDepartmentPlacement } = await call<{
        offerDepartmentPlacement: { id: string };
      }>(testApp, lead, OFFER, offerInput(setup.intakeId, lineManager, { gradeCode: 'AO' }));
      expect(offerDepartmentPlacement).toEqual({
        id: expect.any(String),
        intakeId: setup.intakeId,
        intakeName: '2026 intake',
        programmeName: expect.stringMatching(/^Care leaver internships \d+$/),
        departmentCode: 'MOJ',
        departmentName: 'Justice',
        team: 'Digital services',
        gradeCode: 'AO',
        regionName: 'London',
        workAreaName: 'Digital, Data and Technology',
        lineManagerName: expect.stringMatching(/^Lena Tester\d+$/),
        startDate: TODAY,
        termMonths: 12,
        endDate: addDays(addMonths(TODAY, 12), -1),
        filled: false,
        trainingStatus: 'overdue',
        trainingCompletedOn: null,
        outcome: null,
        outcomeEffectiveDate: null,
        internName: null,
      });
      const stored = await dataSource
        .getRepository(PlacementEntity)
        .findOneByOrFail({ id: offerDepartmentPlacement.id });
      expect(stored.offeredBy).toBe(lead.personId);
      expect(
        await dataSource
          .getRepository(NotificationEntity)
          .countBy({ personId: lineManager.personId, kind: 'internship.line_manager_named' }),
      ).toBe(1);
      const coordinatorView = await call<{
        internshipIntake: { placements: { id: string; status: string }[] };
      }>(testApp, setup.coordinator, INTAKE, { id: setup.intakeId });
      expect(coordinatorView.internshipIntake.placements).toEqual([
        expect.objectContaining({ id: offerDepartmentPlacement.id, status: 'open' }),
      ]);
    });

    it('is refused another department, naming it, and offers nothing', async () => {
      const setup = await openIntake(testApp);
      const lead = await departmentLead('MOJ');
      const lineManager = await person(testApp);
      const response = await testApp.graphql(
        OFFER,
        offerInput(setup.intakeId, lineManager, { departmentCode: 'DWP' }),
        lead.cookie,
      );
      expect(response.data).toBeNull();
      expect(errorOf(response)).toEqual({
        code: 'FORBIDDEN',
        message:
          'You cannot offer placements in Work and Pensions (DWP): only its department leads and this intake’s coordinators can.',
        field: null,
      });
      expect(
        await dataSource.getRepository(PlacementEntity).countBy({ cohortId: setup.intakeId }),
      ).toBe(0);
    });

    it('is refused an intake that has started, which only its coordinators add to', async () => {
      const setup = await openIntake(testApp);
      await dataSource
        .getRepository(CohortEntity)
        .update({ id: setup.intakeId }, { startDate: addDays(TODAY, -1) });
      const lead = await departmentLead('MOJ');
      const lineManager = await person(testApp);
      expect(
        errorOf(await testApp.graphql(OFFER, offerInput(setup.intakeId, lineManager), lead.cookie)),
      ).toEqual({
        code: 'CONFLICT',
        message: expect.stringMatching(
          /^2026 intake started on .*, so it takes no more placements from departments\. Ask its coordinator\.$/,
        ),
        field: 'intakeId',
      });
      const { offerDepartmentPlacement } = await call<{
        offerDepartmentPlacement: { departmentCode: string };
      }>(testApp, setup.coordinator, OFFER, offerInput(setup.intakeId, lineManager));
      expect(offerDepartmentPlacement.departmentCode).toBe('MOJ');
    });

    it('checks the placement as a coordinator’s offer is checked, naming the field', async () => {
      const setup = await openIntake(testApp);
      const lead = await departmentLead('MOJ');
      const lineManager = await person(testApp);
      expect(
        errorOf(
          await testApp.graphql(
            OFFER,
            offerInput(setup.intakeId, lineManager, { regionCode: 'NOWHERE' }),
            lead.cookie,
          ),
        ),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Select the region from the list',
        field: 'regionCode',
      });
    });

    it('cannot use the coordinator’s offer, which answers with the whole intake', async () => {
      const setup = await openIntake(testApp);
      const lead = await departmentLead('MOJ');
      const lineManager = await person(testApp);
      const coordinatorOffer = `mutation O($input: OfferPlacementInput!) {
        offerInternshipPlacement(input: $input) { id }
      }`;
      expect(
        errorOf(
          await testApp.graphql(
            coordinatorOffer,
            offerInput(setup.intakeId, lineManager),
            lead.cookie,
          ),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('departmentInternships', () => {
    it('shows only their departments’ placements, with the intern’s name once placed', async () => {
      const running = await runningPlacement(testApp);
      const waiting = await applicant(testApp, running.setup.intakeId, {
        preferredRegions: ['TLC'],
      });
      const dwpManager = await person(testApp);
      const dwpPlacement = await offerPlacement(testApp, running.setup, dwpManager, {
        departmentCode: 'DWP',
        regionCode: 'TLC',
      });
      const justice = await departmentLead('MOJ');
      const pensions = await departmentLead('DWP');

      const justiceView = await view(justice);
      expect(justiceView.departmentInternships.departments).toEqual([
        { code: 'MOJ', name: 'Justice' },
      ]);
      expect(
        justiceView.departmentInternships.placements.map((placement) => placement.departmentCode),
      ).toEqual(expect.arrayContaining(['MOJ']));
      expect(
        justiceView.departmentInternships.placements.filter((p) => p.departmentCode !== 'MOJ'),
      ).toEqual([]);
      const intakeId = running.setup.intakeId;
      expect(placementsIn(justiceView, intakeId)).toEqual([
        {
          id: running.placementId,
          intakeId,
          departmentCode: 'MOJ',
          team: 'Digital services',
          filled: true,
          internName: expect.stringMatching(/^Sam Tester\d+$/),
          lineManagerName: expect.stringMatching(/^Sam Tester\d+$/),
          outcome: null,
          trainingStatus: 'overdue',
        },
      ]);
      const internName = placementsIn(justiceView, intakeId)[0].internName ?? '';
      const [, internFamily] = internName.split(' ');
      const waitingPerson = await call<{ me: { familyName: string } }>(
        testApp,
        waiting,
        '{ me { familyName } }',
      );
      expect(internFamily).not.toBe(waitingPerson.me.familyName);
      expect(JSON.stringify(justiceView)).not.toContain(waitingPerson.me.familyName);

      const pensionsView = await view(pensions);
      expect(pensionsView.departmentInternships.placements).toEqual([
        expect.objectContaining({ id: dwpPlacement, intakeId, filled: false, internName: null }),
      ]);
      expect(JSON.stringify(pensionsView)).not.toContain(internFamily);
      expect(JSON.stringify(pensionsView)).not.toContain(waitingPerson.me.familyName);
    });

    it('lists the intakes taking placements, not those that have started', async () => {
      const taking = await openIntake(testApp);
      const started = await openIntake(testApp);
      await dataSource
        .getRepository(CohortEntity)
        .update({ id: started.intakeId }, { startDate: addDays(TODAY, -1) });
      const ids = (await view(await departmentLead('HMRC'))).departmentInternships.intakes.map(
        (intake) => intake.id,
      );
      expect(ids).toContain(taking.intakeId);
      expect(ids).not.toContain(started.intakeId);
    });

    it('audits showing an intern’s name as a read of sensitive data', async () => {
      const running = await runningPlacement(testApp);
      const lead = await departmentLead('MOJ');
      await view(lead);
      const events = await dataSource
        .getRepository(AuditEventEntity)
        .findBy({ action: 'sensitive_data.read', actorPersonId: lead.personId });
      expect(events.map((event) => [event.subjectPersonIds, event.detail])).toEqual([
        [
          expect.arrayContaining([running.intern.personId]),
          { view: 'department_placements', revealed: 'care_leaver_intern' },
        ],
      ]);
    });

    it('is refused to a coordinator who leads no department', async () => {
      const setup = await openIntake(testApp);
      expect(errorOf(await testApp.graphql(VIEW, {}, setup.coordinator.cookie))).toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });
});
