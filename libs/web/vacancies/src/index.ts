// Accelerator-role vacancies in the web client: the list of open roles and each role, posting,
// publishing and broadcasting them, staff networks, alert rules, the outbox and the funnel.
export { VACANCY_ROUTES, type VacancyRoute } from './lib/routes';
