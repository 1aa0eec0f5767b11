import { capBreach, capBreachMessage, sharePercent } from '../reserved-share/reserved-share-rule';

describe(capBreach.name, () => {
  it.each([
    ['no cap set', { open: 0, reserved: 0 }, { open: 1, reserved: 1 }, null, false],
    [
      'the first open role reserved under a cap',
      { open: 0, reserved: 0 },
      { open: 1, reserved: 1 },
      30,
      true,
    ],
    ['an unreserved role', { open: 2, reserved: 1 }, { open: 3, reserved: 1 }, 30, false],
    [
      'a reserved role within the cap',
      { open: 3, reserved: 0 },
      { open: 4, reserved: 1 },
      30,
      false,
    ],
    ['exactly at the cap', { open: 3, reserved: 0 }, { open: 4, reserved: 1 }, 25, false],
    ['just over the cap', { open: 2, reserved: 0 }, { open: 3, reserved: 1 }, 30, true],
    ['reserving an open role', { open: 4, reserved: 1 }, { open: 4, reserved: 2 }, 30, true],
    [
      'closing a reserved role, even while over',
      { open: 4, reserved: 3 },
      { open: 3, reserved: 2 },
      30,
      false,
    ],
    [
      'an edit that leaves an over-cap share as it was',
      { open: 2, reserved: 2 },
      { open: 2, reserved: 2 },
      30,
      false,
    ],
    ['a 100% cap', { open: 0, reserved: 0 }, { open: 1, reserved: 1 }, 100, false],
    ['a 0% cap', { open: 5, reserved: 0 }, { open: 6, reserved: 1 }, 0, true],
  ])('%s', (_case, current, next, cap, breached) => {
    expect(capBreach(current, next, cap) !== null).toBe(breached);
  });
});

describe(capBreachMessage.name, () => {
  it('names the department, the cap, the current share and the share it would become', () => {
    const breach = capBreach({ open: 2, reserved: 0 }, { open: 3, reserved: 1 }, 30);
    expect(breach && capBreachMessage('Work and Pensions', breach)).toBe(
      'Work and Pensions caps roles reserved for talent schemes at 30% of its open accelerator ' +
        'vacancies. Now 0 of 2 (0%) are reserved; this would make it 1 of 3 (33.3%).',
    );
  });
});

describe(sharePercent.name, () => {
  it('rounds to one decimal place and is 0 with nothing open', () => {
    expect(sharePercent({ open: 3, reserved: 2 })).toBe(66.7);
    expect(sharePercent({ open: 0, reserved: 0 })).toBe(0);
  });
});
