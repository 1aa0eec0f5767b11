import { RelationshipEntity } from '@pathways/api-mentoring';
import { TestApp } from '@pathways/api-testing';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { startApp } from '../support/app';
import {
  ACCEPT,
  applicant,
  APPROVE,
  call,
  catapultCohort,
  errorOf,
  mentor,
  runMatching,
  VOLUNTEER,
  volunteerInput,
} from './mentoring-fixtures';

const PROPOSALS = 10;

describe('Accepting proposals concurrently', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('never lets a mentor take more mentees than their capacity', async () => {
    const setup = await catapultCohort(testApp);
    for (let i = 0; i < PROPOSALS; i++) await applicant(testApp, setup.cohortId);
    const member = await mentor(testApp, setup.cohortId, { capacity: PROPOSALS });
    const { pairs } = await runMatching(testApp, setup.lead, setup.cohortId);
    expect(pairs).toHaveLength(PROPOSALS);
    await call(testApp, setup.lead, APPROVE, { input: { cohortId: setup.cohortId, all: true } });
    // Ten proposals are out when the mentor cuts their capacity to two, then accepts them all at once.
    await call(testApp, member, VOLUNTEER, volunteerInput(setup.cohortId, { capacity: 2 }));

    const responses = await Promise.all(
      pairs.map((pair) =>
        testApp.graphql(ACCEPT, { input: { relationshipId: pair.id } }, member.cookie),
      ),
    );

    const accepted = responses.filter((response) => !response.errors);
    const refused = responses.filter((response) => response.errors);
    expect(accepted).toHaveLength(2);
    expect(refused.map(errorOf)).toEqual(
      Array.from({ length: PROPOSALS - 2 }, () => ({
        code: 'CONFLICT',
        field: null,
        message: 'You have no places left: you offered 2. Raise your capacity or decline.',
      })),
    );
    const seats = await testApp.app
      .get(DataSource)
      .getRepository(RelationshipEntity)
      .count({
        where: {
          id: In(pairs.map((pair) => pair.id)),
          status: 'proposed',
          mentorAcceptedAt: Not(IsNull()),
        },
      });
    expect(seats).toBe(2);
    expect(await call(testApp, member, `{ myMentorOffers { capacity seatsTaken } }`)).toEqual({
      myMentorOffers: [{ capacity: 2, seatsTaken: 2 }],
    });
  });
});
