import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';

describe('Database schema', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('has no drift: generating a migration from the entities would produce nothing', async () => {
    const sql = await testApp.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('has applied every migration', async () => {
    const dataSource = testApp.app.get(DataSource);
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
