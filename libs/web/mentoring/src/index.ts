// Mentoring and sponsorship in the web client: programme leads' set-up and matching, the
// mentee's and mentor's journeys, relationships, surveys and notifications.
// lib/common and lib/form mirror small helpers of libs/web/account until a shared web lib holds them.
export { MENTORING_ROUTES, type MentoringRoute } from './lib/routes';
