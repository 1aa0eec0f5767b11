import type { OutcomeReport } from '../outcome-report';
import { outcomeReportToCsv } from '../outcome-report-csv';
import type { OutcomeReportRow } from '../outcome-report-row';

const SHOWN: OutcomeReportRow = {
  seb_group: 'lower',
  suppressed: false,
  participants: 180,
  mature: 120,
  progressed: 22,
  rate: 0.18333333333333332,
  ci_low: 0.12430300317332818,
  ci_high: 0.2620091358588257,
  comparison_mature: 432,
  comparison_progressed: 48,
  comparison_rate: 0.1111111111111111,
  p_value: 0.035439925119912966,
  met_expectations: null,
  sessions_interesting: 0.9006211180124224,
};

const SUPPRESSED: OutcomeReportRow = {
  seb_group: 'unknown',
  suppressed: true,
  participants: null,
  mature: null,
  progressed: null,
  rate: null,
  ci_low: null,
  ci_high: null,
  comparison_mature: null,
  comparison_progressed: null,
  comparison_rate: null,
  p_value: null,
  met_expectations: null,
  sessions_interesting: null,
};

const REPORT: OutcomeReport = {
  programme: 'CATAPULT',
  as_of: '2025-06-30',
  groups: [SHOWN, SUPPRESSED],
};

describe(outcomeReportToCsv.name, () => {
  it('writes a header of the row fields, then one record per group', () => {
    expect(outcomeReportToCsv(REPORT).split('\r\n')).toEqual([
      'seb_group,suppressed,participants,mature,progressed,rate,ci_low,ci_high,comparison_mature,comparison_progressed,comparison_rate,p_value,met_expectations,sessions_interesting',
      'lower,false,180,120,22,0.18333333333333332,0.12430300317332818,0.2620091358588257,432,48,0.1111111111111111,0.035439925119912966,,0.9006211180124224',
      'unknown,true,,,,,,,,,,,,',
      '',
    ]);
  });

  it('writes only the header for a report without rows', () => {
    expect(outcomeReportToCsv({ ...REPORT, groups: [] }).split('\r\n')).toHaveLength(2);
  });
});
