import { EnrolmentEntity } from '@pathways/api-programmes';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import {
  ACCEPT,
  APPLY,
  applyInput,
  APPROVE,
  call,
  catapultCohort,
  CREATE_COHORT,
  CREATE_PROGRAMME,
  errorOf,
  lead,
  person,
  RUN_MATCHING,
  TODAY,
  VOLUNTEER,
  volunteerInput,
} from './mentoring-fixtures';
import { addDays } from '@pathways/api-programmes';

const OPEN_PROGRAMMES = `{
  openProgrammes {
    code name
    myEligibility { eligible reasons }
    openCohorts { id code isOpen myEligibility { eligible reasons } myApplication { id status } }
  }
}`;

const MY_MENTOR_PROPOSALS = `{
  myMentorProposals {
    id status awaitingMyResponse explanation
    mentee { goals topics availability person { givenName gradeCode departmentCode professionCode regionCode } }
  }
}`;

const LOG_SESSION = `mutation Log($input: LogSessionInput!) {
  logSession(input: $input) { id heldOn durationMinutes format topics nextSteps privateNote loggedByMe }
}`;

const TIMELINE = `query Timeline($id: ID!) {
  relationshipTimeline(id: $id) {
    relationship { status viewer }
    events { kind title session { heldOn nextSteps privateNote loggedByMe } }
  }
}`;

const SURVEYS_DUE = '{ mySurveysDue { relationshipId kind dueOn } }';
const SUBMIT_SURVEY = `mutation Submit($input: SubmitSurveyInput!) {
  submitSurvey(input: $input) { kind dueOn rating metExpectations sessionsInteresting comments }
}`;

describe('Mentoring journey', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('takes a lead, a mentee and a mentor from a new Catapult-style cohort to an answered close-out survey', async () => {
    // A lead creates a Catapult-style programme from the preset, and a cohort.
    const owner = await lead(testApp);
    const { createProgramme } = await call<{ createProgramme: { id: string } }>(
      testApp,
      owner,
      CREATE_PROGRAMME,
      {
        input: { preset: 'catapult', code: 'CATAPULT-J', name: 'Catapult (journey)' },
      },
    );
    expect(createProgramme).toEqual({
      id: expect.any(String),
      code: 'CATAPULT-J',
      name: 'Catapult (journey)',
      type: 'mentoring',
      durationMonths: 12,
      participatingDepartments: [],
      youLead: true,
      eligibility: {
        sebGroups: ['lower'],
        minimumGrade: null,
        maximumGrade: null,
        departments: [],
        careLeaver: false,
        minimumAge: null,
        maximumAge: null,
      },
      matchingRules: {
        mentorMinimumGrade: 'G7',
        minimumGradeGap: 1,
        maximumGradeGap: null,
        profession: 'any',
        department: 'any',
        defaultMentorCapacity: 2,
      },
    });
    const { createCohort } = await call<{ createCohort: { id: string } }>(
      testApp,
      owner,
      CREATE_COHORT,
      {
        input: {
          programmeId: createProgramme.id,
          code: '2026-SPRING',
          name: 'Spring 2026',
          applicationsOpen: TODAY,
          applicationsClose: addDays(TODAY, 21),
          startDate: addDays(TODAY, 30),
        },
      },
    );
    const cohortId = createCohort.id;

    // A mentee from a lower socio-economic background sees they are eligible, and applies.
    const mentee = await person(testApp, {
      gradeCode: 'EO',
      departmentCode: 'DWP',
      sebOccupation: 'routine',
    });
    const browse = await call<{ openProgrammes: { code: string }[] }>(
      testApp,
      mentee,
      OPEN_PROGRAMMES,
    );
    // Other tests of this file open cohorts of their own programmes.
    const thisProgramme = (list: { code: string }[]) => list.filter((p) => p.code === 'CATAPULT-J');
    expect(thisProgramme(browse.openProgrammes)).toEqual([
      {
        code: 'CATAPULT-J',
        name: 'Catapult (journey)',
        myEligibility: { eligible: true, reasons: [] },
        openCohorts: [
          {
            id: cohortId,
            code: '2026-SPRING',
            isOpen: true,
            myEligibility: { eligible: true, reasons: [] },
            myApplication: null,
          },
        ],
      },
    ]);
    const { applyToCohort } = await call<{ applyToCohort: { id: string } }>(
      testApp,
      mentee,
      APPLY,
      applyInput(cohortId),
    );
    expect(applyToCohort).toEqual({
      id: expect.any(String),
      status: 'active',
      goals: 'Prepare for an HEO promotion board',
      topics: ['applications_interviews', 'confidence'],
      professionPreference: 'any',
      departmentPreference: 'any',
      region: null,
      availability: 'Tuesday mornings',
    });

    // Someone from a professional background is told which rule said no, and cannot apply.
    const ineligible = await person(testApp, { sebOccupation: 'professional' });
    const reasons = [
      'This programme is for people from a lower socio-economic background. Your answers place you in a different group.',
    ];
    expect(
      thisProgramme(
        (await call<{ openProgrammes: { code: string }[] }>(testApp, ineligible, OPEN_PROGRAMMES))
          .openProgrammes,
      ),
    ).toEqual([expect.objectContaining({ myEligibility: { eligible: false, reasons } })]);
    const refused = await testApp.graphql(APPLY, applyInput(cohortId), ineligible.cookie);
    expect(errorOf(refused)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'cohortId',
      message: `You are not eligible for this programme. ${reasons[0]}`,
    });

    // A Grade 7 volunteers as a mentor.
    const mentorMember = await person(testApp, { gradeCode: 'G7', departmentCode: 'HMRC' });
    const { volunteerAsMentor } = await call<{ volunteerAsMentor: unknown }>(
      testApp,
      mentorMember,
      VOLUNTEER,
      volunteerInput(cohortId),
    );
    expect(volunteerAsMentor).toEqual({
      id: expect.any(String),
      capacity: 2,
      topics: ['confidence', 'hidden_rules'],
      professions: ['policy'],
      paused: false,
      seatsTaken: 0,
    });

    // The lead runs matching, reviews the pair with its explanation, and approves it.
    const { runMatching } = await call<{ runMatching: { pairs: { id: string }[] } }>(
      testApp,
      owner,
      RUN_MATCHING,
      {
        input: { cohortId },
      },
    );
    expect(runMatching).toEqual({
      id: expect.any(String),
      menteeCount: 1,
      mentorCount: 1,
      matchedCount: 1,
      totalScore: expect.any(Number),
      pairs: [
        {
          id: expect.any(String),
          status: 'suggested',
          score: expect.any(Number),
          explanation: [
            'Mentor is 3 grades above (EO → G7)',
            'Different department (DWP → HMRC)',
            'Shares 1 topic: confidence',
          ],
          locked: false,
          mentee: { applicationId: applyToCohort.id },
          mentor: { person: { id: mentorMember.personId } },
        },
      ],
      unmatched: [],
    });
    const relationshipId = runMatching.pairs[0].id;
    const { approveProposals } = await call<{ approveProposals: unknown[] }>(
      testApp,
      owner,
      APPROVE,
      {
        input: { cohortId, all: true },
      },
    );
    expect(approveProposals).toEqual([
      { id: relationshipId, status: 'proposed', proposedAt: expect.any(String) },
    ]);
    for (const member of [mentee, mentorMember]) {
      expect(
        await call(testApp, member, '{ unreadNotificationCount myNotifications { kind link } }'),
      ).toEqual({
        unreadNotificationCount: 1,
        myNotifications: [
          { kind: 'proposal.approved', link: expect.stringMatching(/^\/mentoring/) },
        ],
      });
    }

    // The mentor sees the mentee's goals (no SEB answers) and accepts; then the mentee accepts.
    expect(
      (await call<{ myMentorProposals: unknown[] }>(testApp, mentorMember, MY_MENTOR_PROPOSALS))
        .myMentorProposals,
    ).toEqual([
      {
        id: relationshipId,
        status: 'proposed',
        awaitingMyResponse: true,
        explanation: expect.any(Array),
        mentee: {
          goals: 'Prepare for an HEO promotion board',
          topics: ['applications_interviews', 'confidence'],
          availability: 'Tuesday mornings',
          person: {
            givenName: 'Sam',
            gradeCode: 'EO',
            departmentCode: 'DWP',
            professionCode: null,
            regionCode: null,
          },
        },
      },
    ]);
    expect(
      (
        await call<{ acceptProposal: unknown }>(testApp, mentorMember, ACCEPT, {
          input: { relationshipId },
        })
      ).acceptProposal,
    ).toEqual({
      id: relationshipId,
      status: 'proposed',
      viewer: 'mentor',
      mentorAcceptedAt: expect.any(String),
      menteeAcceptedAt: null,
      startedOn: null,
    });
    expect(
      (
        await call<{ acceptProposal: unknown }>(testApp, mentee, ACCEPT, {
          input: { relationshipId },
        })
      ).acceptProposal,
    ).toEqual({
      id: relationshipId,
      status: 'active',
      viewer: 'mentee',
      mentorAcceptedAt: expect.any(String),
      menteeAcceptedAt: expect.any(String),
      startedOn: TODAY,
    });
    const enrolments = await testApp.app
      .get(DataSource)
      .getRepository(EnrolmentEntity)
      .find({ where: { cohortId }, order: { role: 'DESC' } });
    expect(
      enrolments.map(({ personId, role, startDate, mentorPersonId, programmeId }) => ({
        personId,
        role,
        startDate,
        mentorPersonId,
        programmeId,
      })),
    ).toEqual([
      {
        personId: mentee.personId,
        role: 'participant',
        startDate: TODAY,
        mentorPersonId: mentorMember.personId,
        programmeId: createProgramme.id,
      },
      {
        personId: mentorMember.personId,
        role: 'mentor',
        startDate: TODAY,
        mentorPersonId: null,
        programmeId: createProgramme.id,
      },
    ]);

    // The mentor logs a session; both see it on the timeline, the private note only its author.
    const { logSession } = await call<{ logSession: unknown }>(testApp, mentorMember, LOG_SESSION, {
      input: {
        relationshipId,
        heldOn: TODAY,
        durationMinutes: 60,
        format: 'video',
        topics: ['hidden_rules', 'confidence'],
        nextSteps: 'Draft a statement of suitability',
        privateNote: 'Nervous about interviews; build confidence first',
      },
    });
    expect(logSession).toEqual({
      id: expect.any(String),
      heldOn: TODAY,
      durationMinutes: 60,
      format: 'video',
      topics: ['hidden_rules', 'confidence'],
      nextSteps: 'Draft a statement of suitability',
      privateNote: 'Nervous about interviews; build confidence first',
      loggedByMe: true,
    });
    const menteeTimeline = await call<{ relationshipTimeline: unknown }>(
      testApp,
      mentee,
      TIMELINE,
      { id: relationshipId },
    );
    expect(menteeTimeline.relationshipTimeline).toEqual({
      relationship: { status: 'active', viewer: 'mentee' },
      events: [
        { kind: 'proposed', title: 'Proposed by the programme lead', session: null },
        { kind: 'accepted', title: 'Mentor accepted', session: null },
        { kind: 'accepted', title: 'Mentee accepted', session: null },
        { kind: 'started', title: 'Relationship started', session: null },
        {
          kind: 'session',
          title: 'Session (60 minutes, video)',
          session: {
            heldOn: TODAY,
            nextSteps: 'Draft a statement of suitability',
            privateNote: null,
            loggedByMe: false,
          },
        },
      ],
    });

    // The relationship completes; the mentee answers the close-out survey, which reaches the enrolment.
    await call(
      testApp,
      mentorMember,
      'mutation C($input: CompleteRelationshipInput!) { completeRelationship(input: $input) { status } }',
      {
        input: { relationshipId },
      },
    );
    expect(await call(testApp, mentee, SURVEYS_DUE)).toEqual({
      mySurveysDue: [{ relationshipId, kind: 'close_out', dueOn: TODAY }],
    });
    const { submitSurvey } = await call<{ submitSurvey: unknown }>(testApp, mentee, SUBMIT_SURVEY, {
      input: {
        relationshipId,
        kind: 'close_out',
        rating: 5,
        metExpectations: true,
        sessionsInteresting: true,
        comments: 'Really useful',
      },
    });
    expect(submitSurvey).toEqual({
      kind: 'close_out',
      dueOn: TODAY,
      rating: 5,
      metExpectations: true,
      sessionsInteresting: true,
      comments: 'Really useful',
    });
    expect(await call(testApp, mentee, SURVEYS_DUE)).toEqual({ mySurveysDue: [] });
    const participant = await testApp.app
      .get(DataSource)
      .getRepository(EnrolmentEntity)
      .findOneByOrFail({ cohortId, personId: mentee.personId, role: 'participant' });
    expect(participant).toMatchObject({
      endDate: TODAY,
      metExpectations: true,
      sessionsInteresting: true,
    });
  });

  describe('eligibility', () => {
    it('invites someone who has not answered the SEB questions to answer them', async () => {
      const { cohortId } = await catapultCohort(testApp);
      const unanswered = await person(testApp);
      const response = await call<{ cohort: unknown }>(
        testApp,
        unanswered,
        'query C($id: ID!) { cohort(id: $id) { myEligibility { eligible reasons } } }',
        { id: cohortId },
      );
      expect(response.cohort).toEqual({
        myEligibility: {
          eligible: false,
          reasons: [
            'This programme is for people from a lower socio-economic background. Answer the questions about your socio-economic background so we can check whether you are eligible.',
          ],
        },
      });
    });

    it('checks the grade range of a Stride-style programme on the server', async () => {
      const owner = await lead(testApp);
      const { createProgramme } = await call<{ createProgramme: { id: string } }>(
        testApp,
        owner,
        CREATE_PROGRAMME,
        {
          input: { preset: 'stride', code: 'STRIDE-J', name: 'Stride (journey)' },
        },
      );
      const { createCohort } = await call<{ createCohort: { id: string } }>(
        testApp,
        owner,
        CREATE_COHORT,
        {
          input: {
            programmeId: createProgramme.id,
            code: 'A',
            name: 'A',
            applicationsOpen: TODAY,
            applicationsClose: TODAY,
            startDate: TODAY,
          },
        },
      );
      const senior = await person(testApp, { gradeCode: 'SEO', sebOccupation: 'routine' });
      const refused = await testApp.graphql(APPLY, applyInput(createCohort.id), senior.cookie);
      expect(errorOf(refused).message).toBe(
        'You are not eligible for this programme. This programme is for grades AA to HEO; your grade is SEO.',
      );
    });
  });
});
