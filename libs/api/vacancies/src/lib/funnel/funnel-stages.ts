/** The vacancy funnel, in order: each stage counts people who reached it. */
export const FUNNEL_STAGES = ['alerted', 'viewed', 'applied', 'appointed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
