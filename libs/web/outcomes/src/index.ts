// Outcomes against socio-economic background in the web client: the programme outcome report and
// dashboard for leads, career events, and the workforce dashboard for analysts.
// lib/common holds the few helpers that need the router or Apollo; the rest come from web-ui.
export { OUTCOME_ROUTES, type OutcomeRoute } from './lib/routes';
