import { NOT_APPLICABLE } from '../format/figures';

/** "EO to HEO", "to HEO", "from EO", or "–": whichever ends are known. */
export function changeText(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return from === to ? from : `${from} to ${to}`;
  if (to) return `to ${to}`;
  if (from) return `from ${from}`;
  return NOT_APPLICABLE;
}

export interface CareerEventStatus {
  text: string;
  colour: 'green' | 'yellow';
}

/** Self-reported events count once a lead confirms them; everything else already counts. */
export function careerEventStatus(confirmed: boolean): CareerEventStatus {
  return confirmed
    ? { text: 'Confirmed', colour: 'green' }
    : { text: 'Awaiting confirmation', colour: 'yellow' };
}
