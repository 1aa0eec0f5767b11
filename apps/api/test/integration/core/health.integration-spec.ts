import { TestApp } from '@pathways/api-testing';
import request from 'supertest';
import { startApp } from '../support/app';

describe('Operations basics', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('GET /health', () => {
    it('reports the process and the database up', async () => {
      const response = await request(testApp.server).get('/health').expect(200);
      expect(response.body).toEqual({
        status: 'ok',
        info: { database: { status: 'up', responseTime: expect.any(Number) } },
        error: {},
        details: { database: { status: 'up', responseTime: expect.any(Number) } },
      });
    });

    it('echoes a request id, or makes one', async () => {
      const given = await request(testApp.server).get('/health').set('x-request-id', 'abc-123');
      expect(given.headers['x-request-id']).toBe('abc-123');
      const made = await request(testApp.server).get('/health');
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('sends security headers', async () => {
      const response = await request(testApp.server).get('/health');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('POST /graphql', () => {
    it('answers a query', async () => {
      expect(await testApp.graphql('{ serviceInfo { name phase } }')).toEqual({
        data: { serviceInfo: { name: 'Pathways', phase: 'beta' } },
      });
    });

    it('refuses a simple cross-site request without the preflight header (CSRF prevention)', async () => {
      const response = await request(testApp.server)
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: '{ serviceInfo { name } }' }));
      expect(response.status).toBe(400);
      expect(response.text).toContain('CSRF');
    });
  });

  describe('query limits', () => {
    let shallow: TestApp;
    let cheap: TestApp;

    beforeAll(async () => {
      [shallow, cheap] = await Promise.all([
        startApp({ graphqlMaxDepth: 1 }),
        startApp({ graphqlMaxComplexity: 2 }),
      ]);
    });

    afterAll(async () => {
      await Promise.all([shallow.close(), cheap.close()]);
    });

    it('rejects a query nested deeper than the limit', async () => {
      const response = await shallow.graphql('{ serviceInfo { name } }');
      expect(response.errors?.[0]).toMatchObject({
        message: 'Query is nested 2 levels deep; the limit is 1.',
        extensions: { code: 'QUERY_TOO_DEEP' },
      });
    });

    it('rejects a query costing more than the limit', async () => {
      const response = await cheap.graphql('{ serviceInfo { name phase version } }');
      expect(response.errors?.[0]).toMatchObject({
        message: 'Query complexity 4 exceeds the limit of 2.',
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
    });

    it('refuses the same costly query every time it is sent', async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await cheap.graphql('{ serviceInfo { name phase version } }');
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      }
    });

    it('costs a query by the fields its variables include, each time', async () => {
      const query = `query Info($all: Boolean!) {
        serviceInfo { name phase @include(if: $all) version @include(if: $all) }
      }`;
      expect(await cheap.graphql(query, { all: false })).toEqual({
        data: { serviceInfo: { name: 'Pathways' } },
      });
      expect((await cheap.graphql(query, { all: true })).errors?.[0]).toMatchObject({
        message: 'Query complexity 4 exceeds the limit of 2.',
      });
      expect((await cheap.graphql(query, { all: false })).errors).toBeUndefined();
    });

    it('answers a query within the limits', async () => {
      expect(await cheap.graphql('{ serviceInfo { name } }')).toEqual({
        data: { serviceInfo: { name: 'Pathways' } },
      });
    });
  });
});
