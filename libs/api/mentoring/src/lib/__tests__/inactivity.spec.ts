import { inactiveSince } from '../rules/inactivity';

const active = { status: 'active', startedOn: '2026-01-01' };

describe(inactiveSince.name, () => {
  it('flags an active relationship with no session for 60 days since it started', () => {
    expect(inactiveSince(active, null, '2026-03-02')).toBe('2026-01-01');
  });

  it('does not flag it at 59 days', () => {
    expect(inactiveSince(active, null, '2026-03-01')).toBeNull();
  });

  it('counts from the last session', () => {
    expect(inactiveSince(active, '2026-02-01', '2026-03-02')).toBeNull();
    expect(inactiveSince(active, '2026-02-01', '2026-04-02')).toBe('2026-02-01');
  });

  it.each(['proposed', 'completed', 'ended_early'])('never flags a %s relationship', (status) => {
    expect(inactiveSince({ ...active, status }, null, '2027-01-01')).toBeNull();
  });
});
