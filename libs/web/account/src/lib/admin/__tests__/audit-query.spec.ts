import {
  auditActionLabel,
  auditDetailText,
  auditFilterInput,
  auditQueryFromParams,
  auditQueryHref,
} from '../audit-query';
import { auditQueryFromValues } from '../audit-filter-form';

describe('auditQueryFromParams', () => {
  it('reads the filters and page from the address', () => {
    expect(
      auditQueryFromParams(
        new URLSearchParams('action=role.granted&from=2025-03-01&to=2025-03-31&page=3'),
      ),
    ).toEqual({ action: 'role.granted', from: '2025-03-01', to: '2025-03-31', page: 3 });
  });

  it('ignores unknown actions, impossible dates and bad pages', () => {
    expect(
      auditQueryFromParams(new URLSearchParams('action=drop&from=2025-02-30&to=soon&page=-1')),
    ).toEqual({ action: null, from: null, to: null, page: 1 });
  });
});

describe('auditQueryHref', () => {
  it('leaves out empty filters and the first page', () => {
    expect(auditQueryHref({ action: null, from: null, to: null, page: 1 })).toBe('/admin/audit');
    expect(auditQueryHref({ action: 'person.erased', from: '2025-01-01', to: null, page: 2 })).toBe(
      '/admin/audit?action=person.erased&from=2025-01-01&page=2',
    );
  });
});

describe('auditFilterInput', () => {
  it('covers whole UTC days, including the to date', () => {
    expect(
      auditFilterInput(
        { action: 'role.granted', from: '2025-03-01', to: '2025-03-31', page: 3 },
        20,
      ),
    ).toEqual({
      action: 'role.granted',
      from: '2025-03-01T00:00:00.000Z',
      to: '2025-04-01T00:00:00.000Z',
      limit: 20,
      offset: 40,
    });
  });

  it('sends no filters when none are set', () => {
    expect(auditFilterInput({ action: null, from: null, to: null, page: 1 }, 20)).toEqual({
      action: null,
      from: null,
      to: null,
      limit: 20,
      offset: 0,
    });
  });
});

describe('auditQueryFromValues', () => {
  const empty = { day: '', month: '', year: '' };

  it('starts from the first page of the new filters', () => {
    expect(
      auditQueryFromValues({
        action: 'role.revoked',
        from: { day: '1', month: '3', year: '2025' },
        to: empty,
      }),
    ).toEqual({
      query: { action: 'role.revoked', from: '2025-03-01', to: null, page: 1 },
      problems: [],
    });
  });

  it('reports dates that are not real or out of order', () => {
    expect(
      auditQueryFromValues({ action: '', from: { day: '31', month: '2', year: '2025' }, to: empty })
        .problems,
    ).toEqual([{ field: 'from', message: 'The from date must be a real date' }]);
    expect(
      auditQueryFromValues({
        action: '',
        from: { day: '2', month: '3', year: '2025' },
        to: { day: '1', month: '3', year: '2025' },
      }).problems,
    ).toEqual([{ field: 'to', message: 'The to date must be the same as or after the from date' }]);
  });
});

describe('auditActionLabel and auditDetailText', () => {
  it('names known actions and keeps unknown ones', () => {
    expect(auditActionLabel('role.granted')).toBe('Role granted');
    expect(auditActionLabel('something.new')).toBe('something.new');
  });

  it('shows details as key and value pairs', () => {
    expect(auditDetailText({ role: 'mentor', scopeId: null })).toBe('role: mentor; scopeId: null');
    expect(auditDetailText({})).toBe('None');
  });
});
