import { SEB_OCCUPATION_QUESTION, sebGroupFromOccupation } from '@pathways/domain-seb';
import { sebGroupSql } from '../sql/seb-group.sql';

describe('sebGroupSql', () => {
  it('maps every occupation answer to the group domain-seb gives it', () => {
    const sql = sebGroupSql('x');
    for (const { code } of SEB_OCCUPATION_QUESTION.options) {
      const group = sebGroupFromOccupation(code);
      const when = new RegExp(`WHEN x IN \\(([^)]*'${code}'[^)]*)\\) THEN '(\\w+)'`).exec(sql);
      expect({ code, group: when?.[2] ?? 'unknown' }).toEqual({ code, group });
    }
    expect(sql).toMatch(/ELSE 'unknown' END$/);
  });
});
