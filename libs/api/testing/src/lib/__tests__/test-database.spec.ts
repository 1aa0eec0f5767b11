import { ADMIN_URL_VARIABLE, adminUrl, databaseUrl } from '../test-database';

describe('test database URLs', () => {
  const saved = process.env[ADMIN_URL_VARIABLE];
  afterEach(() => {
    if (saved === undefined) delete process.env[ADMIN_URL_VARIABLE];
    else process.env[ADMIN_URL_VARIABLE] = saved;
  });

  it('explains how to run integration tests when the admin URL is missing', () => {
    delete process.env[ADMIN_URL_VARIABLE];
    expect(() => adminUrl()).toThrow(
      `${ADMIN_URL_VARIABLE} is not set: run integration tests through their Jest config`,
    );
  });

  it('points a database name at the admin server', () => {
    process.env[ADMIN_URL_VARIABLE] = 'postgresql://u:p@127.0.0.1:5432/postgres';
    expect(databaseUrl('pathways_test_1')).toBe('postgresql://u:p@127.0.0.1:5432/pathways_test_1');
  });
});
