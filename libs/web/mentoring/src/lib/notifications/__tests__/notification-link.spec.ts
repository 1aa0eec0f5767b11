import { safeNotificationLink } from '../notification-link';

describe('safeNotificationLink', () => {
  it('keeps paths of this app only', () => {
    expect(safeNotificationLink('/mentoring/proposals')).toBe('/mentoring/proposals');
    expect(safeNotificationLink('https://example.com')).toBeNull();
    expect(safeNotificationLink('//example.com')).toBeNull();
    expect(safeNotificationLink('/\\example.com')).toBeNull();
    expect(safeNotificationLink(null)).toBeNull();
  });
});
