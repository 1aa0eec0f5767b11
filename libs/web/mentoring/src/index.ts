// Mentoring and sponsorship in the web client: programme leads' set-up and matching, the
// mentee's and mentor's journeys, relationships, surveys and notifications.
// GOV.UK form components, form errors and page states come from @pathways/web-ui.
export { MENTORING_ROUTES, type MentoringRoute } from './lib/routes';
