import { renderToStaticMarkup } from 'react-dom/server';
import { Timeline } from '../Timeline';

const session = {
  id: 's1',
  heldOn: '2026-03-10',
  durationMinutes: 90,
  format: 'in_person' as const,
  topics: ['hidden_rules' as const],
  nextSteps: 'Shadow a board',
  loggedByMe: true,
  loggedBy: { id: 'p1', givenName: 'Robin', familyName: 'Mentor' },
};

describe(Timeline.name, () => {
  it('shows a session, and its private note to its author only, marked as such', () => {
    const html = renderToStaticMarkup(
      <Timeline
        events={[
          {
            at: '2026-03-01T12:00:00Z',
            kind: 'started',
            title: 'Relationship started',
            session: null,
          },
          {
            at: '2026-03-10T12:00:00Z',
            kind: 'session',
            title: 'Session',
            session: { ...session, privateNote: 'Nervous' },
          },
        ]}
      />,
    );
    expect(html).toContain('Relationship started');
    expect(html).toContain('1 hour 30 minutes');
    expect(html).toContain('Hidden rules of the Civil Service');
    expect(html).toContain('Only you can see this');
    expect(html).toContain('Nervous');
  });

  it('shows no private note section when the note is not the viewer’s', () => {
    const html = renderToStaticMarkup(
      <Timeline
        events={[
          {
            at: '2026-03-10T12:00:00Z',
            kind: 'session',
            title: 'Session',
            session: { ...session, loggedByMe: false, privateNote: null },
          },
        ]}
      />,
    );
    expect(html).not.toContain('Only you can see this');
    expect(html).toContain('Robin Mentor');
  });
});
