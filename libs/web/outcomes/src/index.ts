// Outcomes against socio-economic background in the web client: the programme outcome report and
// dashboard for leads, career events, and the workforce dashboard for analysts.
// lib/common mirrors small helpers of libs/web/mentoring that need the router or Apollo.
export { OUTCOME_ROUTES, type OutcomeRoute } from './lib/routes';
