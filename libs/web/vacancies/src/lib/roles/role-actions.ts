import type { VacancyView } from './vacancy-view';

export interface ActionLink {
  href: string;
  text: string;
}

/**
 * What someone can do with a role besides applying: its poster manages it; any network lead can
 * share an open role with the networks they lead.
 */
export function roleActionLinks(
  vacancy: Pick<VacancyView, 'id' | 'status' | 'postedByMe'>,
  leadsNetworks: boolean,
): ActionLink[] {
  const base = `/vacancies/${vacancy.id}`;
  const { status, postedByMe } = vacancy;
  const links: ActionLink[] = [];
  if (postedByMe && status === 'draft')
    links.push({ href: `${base}/publish`, text: 'Check and publish this role' });
  if (postedByMe && status !== 'closed')
    links.push({ href: `${base}/edit`, text: 'Change the details' });
  if (leadsNetworks && status === 'open')
    links.push({ href: `${base}/broadcast`, text: 'Share with networks you lead' });
  if (postedByMe && status !== 'draft') {
    links.push({ href: `${base}/appointment`, text: 'Record who was appointed' });
    links.push({
      href: `${base}/funnel`,
      text: 'See who was alerted, viewed, applied and appointed',
    });
  }
  if (postedByMe && status === 'open')
    links.push({ href: `${base}/close`, text: 'Close the role to new applications' });
  return links;
}
