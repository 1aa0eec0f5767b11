// Care leaver internships in the web client: applying, coordinating, line managing, reports.
export { INTERNSHIP_ROUTES, type InternshipRoute } from './lib/routes';
