import { NotifyMailTransport } from '../notify/notify-mail.transport';
import { FakeNotifyServer } from './fake-notify-server';

const SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const ALERT_TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

const message = {
  to: 'sam@example.gov.uk',
  subject: 'New accelerator role: Private secretary',
  text: 'A role matching your alert is open.',
  headers: {
    'List-Unsubscribe': '<https://pathways.example.gov.uk/api/unsubscribe?token=t>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  templateId: 'vacancy_alert' as const,
  personalisation: { vacancy_title: 'Private secretary' },
  reference: 'alert:42',
};

describe(NotifyMailTransport.name, () => {
  let server: FakeNotifyServer;
  let transport: NotifyMailTransport;

  beforeEach(async () => {
    server = new FakeNotifyServer();
    transport = new NotifyMailTransport({
      notifyApiKey: `pathways_test-${SERVICE_ID}-${SECRET}`,
      notifyBaseUrl: await server.listen(),
      notifyTemplateIds: { vacancy_alert: ALERT_TEMPLATE, vacancy_digest: null },
    });
  });

  afterEach(() => server.close());

  describe('send', () => {
    it('posts the template, personalisation, reference and one-click unsubscribe URL', async () => {
      await expect(transport.send(message)).resolves.toEqual({
        ok: true,
        providerId: 'a0000000-0000-4000-8000-000000000001',
      });
      expect(server.requests).toEqual([
        {
          path: '/v2/notifications/email',
          authorization: expect.stringMatching(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/),
          body: {
            template_id: ALERT_TEMPLATE,
            email_address: 'sam@example.gov.uk',
            personalisation: {
              subject: 'New accelerator role: Private secretary',
              body: 'A role matching your alert is open.',
              vacancy_title: 'Private secretary',
            },
            reference: 'alert:42',
            one_click_unsubscribe_url: 'https://pathways.example.gov.uk/api/unsubscribe?token=t',
          },
        },
      ]);
    });

    it('signs its token with the service id from the API key', async () => {
      await transport.send(message);
      const token = server.requests[0].authorization?.split(' ')[1] ?? '';
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
      expect(claims).toMatchObject({ iss: SERVICE_ID, iat: expect.any(Number) });
    });

    it("rejects with Notify's answer when it refuses", async () => {
      server.failWith = {
        status: 400,
        body: { errors: [{ error: 'BadRequestError', message: 'Missing personalisation' }] },
      };
      await expect(transport.send(message)).rejects.toThrow(
        /GOV.UK Notify answered 400: .*Missing personalisation/,
      );
    });

    it('refuses a message whose template has no Notify template id', async () => {
      await expect(transport.send({ ...message, templateId: 'vacancy_digest' })).rejects.toThrow(
        'No GOV.UK Notify template for "vacancy_digest"',
      );
      expect(server.requests).toEqual([]);
    });
  });

  describe('sendAll', () => {
    it('reports a failed send as an outcome and sends the rest', async () => {
      const outcomes = await transport.sendAll([
        message,
        { ...message, templateId: 'vacancy_digest' },
      ]);
      expect(outcomes).toEqual([
        { ok: true, providerId: expect.any(String) },
        { ok: false, error: 'No GOV.UK Notify template for "vacancy_digest"' },
      ]);
    });
  });
});
