import { digestEmail, EmailVacancy, instantAlertEmail } from '../delivery/alert-email';
import { verifyUnsubscribeToken } from '../unsubscribe/unsubscribe-token';

const context = {
  publicUrl: 'https://pathways.example.gov.uk',
  sessionSecret: 'a-session-secret-of-at-least-32-characters',
};
const recipient = {
  personId: '5b0b7e2c-3f0e-4c4e-9a55-1f3d2b8c9e01',
  email: 'sam@example.gov.uk',
  givenName: 'Sam <b>',
  ruleId: 'c2d1f7a4-8b6e-4d3a-a0f1-2e9b7c5d4a10',
};
const vacancy: EmailVacancy = {
  id: '0d9c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  title: 'Private secretary & adviser',
  departmentName: 'Justice',
  gradeNames: ['Higher Executive Officer', 'Senior Executive Officer'],
  regionNames: ['London'],
  remote: true,
  closingDate: '2030-01-31',
};

const tokenOf = (url: string) => new URL(url).searchParams.get('token');

describe(instantAlertEmail.name, () => {
  const message = instantAlertEmail('42', recipient, vacancy, context);

  it('carries a one-click unsubscribe link for the rule that matched (RFC 8058)', () => {
    const url = message.headers['List-Unsubscribe'].slice(1, -1);
    expect(url.startsWith('https://pathways.example.gov.uk/api/unsubscribe?token=')).toBe(true);
    expect(message.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(verifyUnsubscribeToken(context.sessionSecret, tokenOf(url))).toEqual({
      personId: recipient.personId,
      ruleId: recipient.ruleId,
    });
    expect(message.text).toContain(`Stop these e-mails: ${url}`);
  });

  it('links to the role and describes it, escaping HTML', () => {
    expect(message).toMatchObject({
      to: 'sam@example.gov.uk',
      subject: 'Accelerator role: Private secretary & adviser (Justice)',
      templateId: 'vacancy_alert',
      reference: 'alert:42',
      recipientPersonId: recipient.personId,
    });
    expect(message.text).toContain(
      'Private secretary & adviser — Justice; Higher Executive Officer or Senior Executive ' +
        'Officer; London, or remote; closes 31 January 2030',
    );
    expect(message.text).toContain(`https://pathways.example.gov.uk/vacancies/${vacancy.id}`);
    expect(message.html).toContain('Dear Sam &#60;b&#62;,');
    expect(message.html).toContain('Private secretary &#38; adviser');
    expect(message.html).not.toContain('<b>');
  });
});

describe('where an e-mail says a role is', () => {
  const line = (change: Partial<EmailVacancy>) =>
    instantAlertEmail('1', recipient, { ...vacancy, ...change }, context).text;

  it('names every region, and remote working when it is allowed', () => {
    expect(line({ regionNames: ['London', 'North West'], remote: false })).toContain(
      '; London, North West; closes',
    );
    expect(line({ regionNames: [], remote: true })).toContain('; Remote; closes');
  });

  it('says when a role gives no location', () => {
    expect(line({ regionNames: [], remote: false })).toContain('; Location not stated; closes');
  });
});

describe(digestEmail.name, () => {
  it('lists every match in one e-mail whose link stops all the person’s vacancy e-mails', () => {
    const second = {
      ...vacancy,
      id: '1d9c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
      title: 'Speechwriter',
    };
    const message = digestEmail('7', { ...recipient, ruleId: null }, [vacancy, second], context);
    expect(message.subject).toBe('2 accelerator roles matching your weekly alert');
    expect(message.reference).toBe('digest:7');
    expect(message.text).toContain('Private secretary & adviser');
    expect(message.text).toContain('Speechwriter');
    const url = message.headers['List-Unsubscribe'].slice(1, -1);
    expect(verifyUnsubscribeToken(context.sessionSecret, tokenOf(url))).toEqual({
      personId: recipient.personId,
      ruleId: null,
    });
  });
});
