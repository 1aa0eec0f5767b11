export interface HeaderLike {
  name: string;
  value: string;
}

export interface OutboxMessageLike {
  text: string;
  headers: readonly HeaderLike[];
}

const isWebAddress = (url: string) => /^https?:\/\/\S+$/i.test(url);

/**
 * The message's unsubscribe link: the List-Unsubscribe header's web address (RFC 2369 puts
 * each in angle brackets), else the "Stop these e-mails:" line of the text; null if neither.
 */
export function unsubscribeUrl(message: OutboxMessageLike): string | null {
  const header = message.headers.find((h) => h.name.toLowerCase() === 'list-unsubscribe');
  const fromHeader = header?.value.match(/<([^>]+)>/g)?.map((part) => part.slice(1, -1));
  const web = fromHeader?.find(isWebAddress);
  if (web) return web;
  const line = /Stop these e-mails: (\S+)/.exec(message.text)?.[1];
  return line && isWebAddress(line) ? line : null;
}

/** The body without its unsubscribe line, which the page shows as a link of its own. */
export function bodyWithoutUnsubscribe(text: string): string {
  return text.replace(/\n*Stop these e-mails: \S+\s*$/, '').trimEnd();
}

export const OUTBOX_PAGE_SIZE = 20;

export function outboxPageFromSearch(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}
