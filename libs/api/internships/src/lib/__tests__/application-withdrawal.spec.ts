import {
  ALREADY_WITHDRAWN,
  type ApplicationStatus,
  isLiveMatchStatus,
  type LiveMatchStatus,
  PLACEMENT_ACCEPTED,
  withdrawalDecision,
} from '../rules/application-withdrawal';

const MATCHES: (LiveMatchStatus | null)[] = [null, 'suggested', 'offered', 'accepted'];

describe(withdrawalDecision.name, () => {
  it('withdraws an application nobody has matched yet, changing no match', () => {
    expect(withdrawalDecision('active', null)).toEqual({
      kind: 'withdraw',
      match: 'none',
      tellCoordinators: false,
    });
  });

  it('discards a suggestion the coordinator has not approved, quietly', () => {
    expect(withdrawalDecision('active', 'suggested')).toEqual({
      kind: 'withdraw',
      match: 'discarded',
      tellCoordinators: false,
    });
  });

  it('declines an unanswered offer and tells the coordinators the placement is free', () => {
    expect(withdrawalDecision('active', 'offered')).toEqual({
      kind: 'withdraw',
      match: 'declined',
      tellCoordinators: true,
    });
  });

  it('refuses once a placement is accepted, pointing to the coordinator', () => {
    expect(withdrawalDecision('active', 'accepted')).toEqual({
      kind: 'refused',
      message: 'You have accepted a placement: ask your coordinator to end it',
    });
  });

  it('refuses an application already withdrawn, whatever its match', () => {
    for (const match of MATCHES) {
      expect(withdrawalDecision('withdrawn', match)).toEqual({
        kind: 'refused',
        message: ALREADY_WITHDRAWN,
      });
    }
  });

  it('decides every combination, telling coordinators only when an offer is declined', () => {
    const statuses: ApplicationStatus[] = ['active', 'withdrawn'];
    const table = statuses.flatMap((application) =>
      MATCHES.map((match) => {
        const decision = withdrawalDecision(application, match);
        return [
          application,
          match,
          decision.kind === 'withdraw' ? decision.match : decision.message,
          decision.kind === 'withdraw' && decision.tellCoordinators,
        ];
      }),
    );
    expect(table).toEqual([
      ['active', null, 'none', false],
      ['active', 'suggested', 'discarded', false],
      ['active', 'offered', 'declined', true],
      ['active', 'accepted', PLACEMENT_ACCEPTED, false],
      ['withdrawn', null, ALREADY_WITHDRAWN, false],
      ['withdrawn', 'suggested', ALREADY_WITHDRAWN, false],
      ['withdrawn', 'offered', ALREADY_WITHDRAWN, false],
      ['withdrawn', 'accepted', ALREADY_WITHDRAWN, false],
    ]);
  });
});

describe(isLiveMatchStatus.name, () => {
  it('counts suggested, offered and accepted matches as standing, not declined or discarded', () => {
    const statuses = ['suggested', 'offered', 'accepted', 'declined', 'discarded'];
    expect(statuses.filter(isLiveMatchStatus)).toEqual(['suggested', 'offered', 'accepted']);
  });
});
