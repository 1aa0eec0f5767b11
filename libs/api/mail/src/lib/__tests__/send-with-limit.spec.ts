import { sendWithLimit } from '../send-with-limit';

const message = (to: string) => ({ to, subject: 's', text: 't', headers: {} });

describe(sendWithLimit.name, () => {
  it('never has more than the limit in flight, and answers in order', async () => {
    let inFlight = 0;
    let most = 0;
    const outcomes = await sendWithLimit(
      Array.from({ length: 12 }, (_, i) => message(`p${i}@example.gov.uk`)),
      3,
      async ({ to }) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return to;
      },
    );
    expect(most).toBe(3);
    expect(outcomes.map((outcome) => outcome.ok && outcome.providerId)).toEqual(
      Array.from({ length: 12 }, (_, i) => `p${i}@example.gov.uk`),
    );
  });

  it('turns a rejection into a failed outcome and carries on', async () => {
    const outcomes = await sendWithLimit([message('a'), message('b')], 2, async ({ to }) => {
      if (to === 'a') throw new Error('mailbox full');
      return 'id-b';
    });
    expect(outcomes).toEqual([
      { ok: false, error: 'mailbox full' },
      { ok: true, providerId: 'id-b' },
    ]);
  });
});
