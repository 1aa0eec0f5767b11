import { bodyWithoutUnsubscribe, outboxPageFromSearch, unsubscribeUrl } from '../outbox-message';

const URL = 'http://localhost:3000/api/unsubscribe?token=abc.def';
const TEXT = `Dear Robin,\n\nA role.\n\nStop these e-mails: ${URL}`;

describe(unsubscribeUrl.name, () => {
  it('takes the web address of the List-Unsubscribe header', () => {
    expect(
      unsubscribeUrl({
        text: 'Hello',
        headers: [{ name: 'List-Unsubscribe', value: `<mailto:stop@x.gov.uk>, <${URL}>` }],
      }),
    ).toBe(URL);
  });

  it('falls back to the line in the text, and gives null when there is no link', () => {
    expect(unsubscribeUrl({ text: TEXT, headers: [] })).toBe(URL);
    expect(
      unsubscribeUrl({ text: 'Stop these e-mails: javascript:alert(1)', headers: [] }),
    ).toBeNull();
    expect(unsubscribeUrl({ text: 'Hello', headers: [] })).toBeNull();
  });
});

describe(bodyWithoutUnsubscribe.name, () => {
  it('drops the unsubscribe line the page shows as a link', () => {
    expect(bodyWithoutUnsubscribe(TEXT)).toBe('Dear Robin,\n\nA role.');
    expect(bodyWithoutUnsubscribe('Just text\n')).toBe('Just text');
  });

  it('reads the page from the address', () => {
    expect(outboxPageFromSearch(new URLSearchParams('page=3'))).toBe(3);
    expect(outboxPageFromSearch(new URLSearchParams('page=x'))).toBe(1);
  });
});
