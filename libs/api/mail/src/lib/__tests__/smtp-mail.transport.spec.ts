import { SmtpMailTransport } from '../smtp/smtp-mail.transport';
import { FakeSmtpServer } from '@pathways/api-testing';

const message = {
  to: 'sam@example.gov.uk',
  subject: 'New accelerator role: Private secretary',
  text: 'A role matching your alert is open.',
  html: '<p>A role matching your alert is open.</p>',
  headers: {
    'List-Unsubscribe': '<http://localhost:3000/api/unsubscribe?token=t>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
};

describe(SmtpMailTransport.name, () => {
  let server: FakeSmtpServer;
  let transport: SmtpMailTransport;

  beforeEach(async () => {
    server = new FakeSmtpServer();
    const port = await server.listen();
    transport = new SmtpMailTransport({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Pathways <no-reply@pathways.local>',
    });
  });

  afterEach(async () => {
    transport.close();
    await server.close();
  });

  describe('send', () => {
    it('hands the message with its unsubscribe headers to the SMTP server', async () => {
      await expect(transport.send(message)).resolves.toMatchObject({ ok: true });
      expect(server.received).toHaveLength(1);
      const [mail] = server.received;
      expect(mail.from).toBe('no-reply@pathways.local');
      expect(mail.to).toEqual(['sam@example.gov.uk']);
      expect(mail.data).toContain('Subject: New accelerator role: Private secretary');
      expect(mail.data).toContain(
        'List-Unsubscribe: <http://localhost:3000/api/unsubscribe?token=t>',
      );
      expect(mail.data).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(mail.data).toContain('A role matching your alert is open.');
    });

    it('rejects when the server refuses the message', async () => {
      server.rejectWith = '554 5.7.1 refused';
      await expect(transport.send(message)).rejects.toThrow(/554/);
    });
  });

  describe('sendAll', () => {
    it('reports one outcome per message, in order', async () => {
      const outcomes = await transport.sendAll([message, { ...message, to: 'jo@example.gov.uk' }]);
      expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
      expect(server.received.flatMap((mail) => mail.to).sort()).toEqual([
        'jo@example.gov.uk',
        'sam@example.gov.uk',
      ]);
    });

    it('turns a refusal into a failed outcome instead of rejecting', async () => {
      server.rejectWith = '554 5.7.1 refused';
      const [outcome] = await transport.sendAll([message]);
      expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/554/) });
    });
  });
});
