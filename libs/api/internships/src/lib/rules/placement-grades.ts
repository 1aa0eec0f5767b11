/** The grades the scheme offers internships at. */
export const PLACEMENT_GRADES = ['AO', 'EO'] as const;
