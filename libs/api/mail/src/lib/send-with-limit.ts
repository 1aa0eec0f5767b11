import type { MailMessage, MailOutcome } from './mail-message';

/** Sends through `send` with at most `limit` messages in flight; failures become outcomes. */
export async function sendWithLimit(
  messages: readonly MailMessage[],
  limit: number,
  send: (message: MailMessage) => Promise<string | null>,
): Promise<MailOutcome[]> {
  const outcomes: MailOutcome[] = new Array(messages.length);
  let next = 0;
  const lane = async () => {
    while (next < messages.length) {
      const index = next++;
      try {
        outcomes[index] = { ok: true, providerId: await send(messages[index]) };
      } catch (error) {
        outcomes[index] = {
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, messages.length) }, lane));
  return outcomes;
}
