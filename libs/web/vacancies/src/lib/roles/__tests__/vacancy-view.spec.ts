import { REFERENCE, VACANCY } from '../../common/__tests__/fixtures';
import { roleActionLinks } from '../role-actions';
import { locationText, reservedText, vacancyFacts } from '../vacancy-view';

describe(locationText.name, () => {
  it('names the regions, says when the role is remote, or both', () => {
    expect(locationText({ regionCodes: ['TLI', 'TLD'], remote: false }, REFERENCE)).toBe(
      'London, North West',
    );
    expect(locationText({ regionCodes: [], remote: true }, REFERENCE)).toBe('Remote');
    expect(locationText({ regionCodes: ['TLI'], remote: true }, REFERENCE)).toBe(
      'London, or remote',
    );
  });
});

describe(vacancyFacts.name, () => {
  it('lists the role’s details by name', () => {
    expect(vacancyFacts(VACANCY, REFERENCE)).toEqual([
      { key: 'Department', value: 'Ministry of Justice' },
      { key: 'Grades', value: 'Higher Executive Officer, Senior Executive Officer' },
      { key: 'Profession', value: 'Policy' },
      { key: 'Location', value: 'London' },
      { key: 'Working pattern', value: 'Full-time' },
      { key: 'Contract type', value: 'Loan' },
      { key: 'Closing date', value: '1 May 2026' },
      { key: 'Why it accelerates a career', value: 'Private office' },
      { key: 'Reserved for a talent scheme', value: 'No, open to everyone eligible' },
    ]);
  });

  it('names the talent scheme a reserved role is for', () => {
    expect(reservedText({ reservedForTalentScheme: true, talentScheme: 'Fast Stream' })).toBe(
      'Yes, for Fast Stream',
    );
  });
});

describe(roleActionLinks.name, () => {
  const texts = (links: { text: string }[]) => links.map((link) => link.text);

  it('lets the poster publish and change a draft', () => {
    expect(texts(roleActionLinks({ ...VACANCY, status: 'draft', postedByMe: true }, true))).toEqual(
      ['Check and publish this role', 'Change the details'],
    );
  });

  it('lets the poster of an open role share, record an appointment and see the funnel', () => {
    expect(roleActionLinks({ ...VACANCY, postedByMe: true }, true).map((l) => l.href)).toEqual([
      '/vacancies/v1/edit',
      '/vacancies/v1/broadcast',
      '/vacancies/v1/appointment',
      '/vacancies/v1/funnel',
      '/vacancies/v1/close',
    ]);
  });

  it('keeps the appointment and the funnel of a closed role, and nothing else', () => {
    expect(
      texts(roleActionLinks({ ...VACANCY, status: 'closed', postedByMe: true }, true)),
    ).toEqual(['Record who was appointed', 'See who was alerted, viewed, applied and appointed']);
  });

  it('lets any network lead share an open role, and nobody else do anything', () => {
    expect(texts(roleActionLinks(VACANCY, true))).toEqual(['Share with networks you lead']);
    expect(roleActionLinks(VACANCY, false)).toEqual([]);
    expect(roleActionLinks({ ...VACANCY, status: 'closed' }, true)).toEqual([]);
  });
});
