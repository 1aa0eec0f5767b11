import type { MailMessage } from '@pathways/api-mail';
import { longDate } from '../london-date';
import { signUnsubscribeToken } from '../unsubscribe/unsubscribe-token';

export interface EmailVacancy {
  id: string;
  title: string;
  departmentName: string;
  /** Names, most junior first. */
  gradeNames: string[];
  regionNames: string[];
  remote: boolean;
  /** YYYY-MM-DD. */
  closingDate: string;
}

export interface EmailRecipient {
  personId: string;
  email: string;
  givenName: string;
  /** The rule whose e-mails the unsubscribe link stops; null stops all vacancy e-mails. */
  ruleId: string | null;
}

export interface EmailContext {
  publicUrl: string;
  sessionSecret: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** As the role's page says it: "London, North West", "Remote", "London, or remote". */
function where(v: EmailVacancy): string {
  const regions = v.regionNames.join(', ');
  if (!v.remote) return regions || 'Location not stated';
  return regions ? `${regions}, or remote` : 'Remote';
}

const oneLine = (v: EmailVacancy) =>
  `${v.title} — ${v.departmentName}; ${v.gradeNames.join(' or ')}; ${where(v)}; ` +
  `closes ${longDate(v.closingDate)}`;

function unsubscribe(context: EmailContext, recipient: EmailRecipient) {
  const token = signUnsubscribeToken(context.sessionSecret, recipient);
  const url = `${context.publicUrl}/api/unsubscribe?token=${token}`;
  return {
    url,
    // RFC 8058: mail clients offer one-click unsubscribe by POSTing to this URL.
    headers: {
      'List-Unsubscribe': `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

function compose(
  recipient: EmailRecipient,
  context: EmailContext,
  subject: string,
  intro: string,
  vacancies: readonly EmailVacancy[],
): Omit<MailMessage, 'templateId' | 'reference'> {
  const links = vacancies.map((v) => `${context.publicUrl}/vacancies/${v.id}`);
  const stop = unsubscribe(context, recipient);
  const text = [
    `Dear ${recipient.givenName},`,
    '',
    intro,
    '',
    ...vacancies.flatMap((v, i) => [oneLine(v), links[i], '']),
    `Stop these e-mails: ${stop.url}`,
  ].join('\n');
  const html = [
    `<p>Dear ${escapeHtml(recipient.givenName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul>',
    ...vacancies.map(
      (v, i) => `<li><a href="${escapeHtml(links[i])}">${escapeHtml(oneLine(v))}</a></li>`,
    ),
    '</ul>',
    `<p><a href="${escapeHtml(stop.url)}">Stop these e-mails</a></p>`,
  ].join('\n');
  return {
    to: recipient.email,
    subject,
    text,
    html,
    headers: stop.headers,
    recipientPersonId: recipient.personId,
    personalisation: {
      given_name: recipient.givenName,
      intro,
      vacancies: vacancies.map((v, i) => `${oneLine(v)}: ${links[i]}`).join('\n'),
      unsubscribe_url: stop.url,
    },
  };
}

/** The e-mail for one alert, sent as soon as the vacancy is published or broadcast. */
export function instantAlertEmail(
  alertId: string,
  recipient: EmailRecipient,
  vacancy: EmailVacancy,
  context: EmailContext,
): MailMessage {
  return {
    ...compose(
      recipient,
      context,
      `Accelerator role: ${vacancy.title} (${vacancy.departmentName})`,
      'An accelerator role that matches your vacancy alert is open for applications.',
      [vacancy],
    ),
    templateId: 'vacancy_alert',
    reference: `alert:${alertId}`,
  };
}

/** The week's matches for one person, in one e-mail. */
export function digestEmail(
  firstAlertId: string,
  recipient: EmailRecipient,
  vacancies: readonly EmailVacancy[],
  context: EmailContext,
): MailMessage {
  const count = vacancies.length;
  return {
    ...compose(
      recipient,
      context,
      `${count} accelerator role${count === 1 ? '' : 's'} matching your weekly alert`,
      `These accelerator roles matched your alerts this week.`,
      vacancies,
    ),
    templateId: 'vacancy_digest',
    reference: `digest:${firstAlertId}`,
  };
}
