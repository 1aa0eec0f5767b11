import { parseCsv } from '../csv';
import { compositionTableCsv, shareTableCsv, targetsCsv } from '../workforce-csv';

const API_CSV =
  'dimension,category,label,professional,intermediate,lower,unknown,total,professional_share,intermediate_share,lower_share,declaration_rate\r\n' +
  'grade,AA,Administrative Assistant,41,25,60,32,158,0.3253968253968254,0.1984126984126984,0.47619047619047616,0.7974683544303798\r\n' +
  'grade,SCS1,Deputy Director,18,[c],[c],[c],35,,,,\r\n' +
  'department,DEFRA,"Environment, Food and Rural Affairs",10,10,10,10,40,0.3,0.3,0.3,0.75\r\n';

describe(parseCsv.name, () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\r\nlines"\r\n,x\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\r\nlines'],
      ['', 'x'],
    ]);
  });

  it('reads a last record without a line break', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe(compositionTableCsv.name, () => {
  it('keeps the header and one table’s records exactly as the API wrote them', () => {
    const lines = API_CSV.split('\r\n');
    expect(compositionTableCsv(API_CSV, 'grade')).toBe(`${lines.slice(0, 3).join('\r\n')}\r\n`);
    expect(compositionTableCsv(API_CSV, 'department')).toBe(`${lines[0]}\r\n${lines[3]}\r\n`);
    expect(compositionTableCsv('', 'grade')).toBe('');
  });
});

describe(shareTableCsv.name, () => {
  it('writes [c] for withheld counts and leaves withheld shares empty', () => {
    expect(
      shareTableCsv([
        {
          sebGroup: 'lower',
          share: 0.0717,
          count: { value: 61, suppressed: false },
          total: { value: 851, suppressed: false },
        },
        {
          sebGroup: 'unknown',
          share: null,
          count: { value: null, suppressed: true },
          total: { value: 15, suppressed: false },
        },
      ]),
    ).toBe('seb_group,count,total,share\r\nlower,61,851,0.0717\r\nunknown,[c],15,\r\n');
  });
});

describe(targetsCsv.name, () => {
  it('writes one record per target, [c] when the share now is withheld', () => {
    expect(
      targetsCsv([
        {
          name: 'SCS, lower',
          sebGroup: 'lower',
          grades: ['SCS1', 'SCS2'],
          departmentCode: null,
          targetShare: 0.25,
          targetYear: 2030,
          currentShare: null,
        },
      ]),
    ).toBe(
      'name,seb_group,grades,department,target_share,target_year,current_share\r\n' +
        '"SCS, lower",lower,SCS1 SCS2,,0.25,2030,[c]\r\n',
    );
  });
});
