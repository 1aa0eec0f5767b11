import type { NotificationMessage } from '@pathways/api-notifications';
import { longDate } from '../london-date';
import type { FanoutKind } from './alert-fanout.entity';

export interface NotifiedVacancy {
  id: string;
  title: string;
  departmentName: string;
  /** YYYY-MM-DD. */
  closingDate: string;
}

/** The in-app message for an instant alert; the link leads to the role, never to a person. */
export function alertNotification(kind: FanoutKind, vacancy: NotifiedVacancy): NotificationMessage {
  return {
    kind: kind === 'broadcast' ? 'vacancy.broadcast' : 'vacancy.alert',
    title:
      kind === 'broadcast'
        ? `Shared with your network: ${vacancy.title}`
        : `New accelerator role: ${vacancy.title}`,
    body: `${vacancy.departmentName}. Closes ${longDate(vacancy.closingDate)}.`,
    link: `/vacancies/${vacancy.id}`,
  };
}

export const DIGEST_NOTIFICATION: NotificationMessage = {
  kind: 'vacancy.digest',
  title: 'New accelerator roles match your weekly alert',
  body: 'See the roles that matched your alerts this week.',
  link: '/vacancies',
};
