import { DEPARTMENTS, PROFESSIONS, REGIONS } from '../reference-data';

const codes = (items: readonly { code: string }[]) => items.map((item) => item.code);

describe('DEPARTMENTS', () => {
  it('holds the 25 departments of seb.md', () => {
    expect(codes(DEPARTMENTS)).toEqual(
      'AGO CO DBT DCMS DFE DESNZ DEFRA DSIT DFT DWP DHSC FCDO HMT HO MOD MHCLG MOJ NIO OAG LHC LHL SO UKEF WO HMRC'.split(
        ' ',
      ),
    );
  });

  it('names departments and marks HMRC as non-ministerial', () => {
    const hmrc = DEPARTMENTS.find((department) => department.code === 'HMRC');
    expect(hmrc).toEqual({ code: 'HMRC', name: 'HM Revenue and Customs', ministerial: false });
    expect(DEPARTMENTS.filter((department) => !department.ministerial)).toHaveLength(1);
    expect(DEPARTMENTS.find((department) => department.code === 'DWP')?.name).toBe(
      'Work and Pensions',
    );
  });
});

describe('PROFESSIONS', () => {
  it('holds the 31 professions of seb.md, ending with other', () => {
    expect(PROFESSIONS).toHaveLength(31);
    expect(codes(PROFESSIONS)).toContain('digital_data_technology');
    expect(codes(PROFESSIONS).at(-1)).toBe('other');
  });
});

describe('REGIONS', () => {
  it('holds the ITL1 regions and overseas', () => {
    expect(REGIONS.map((region) => `${region.code} ${region.name}`)).toEqual([
      'TLC North East',
      'TLD North West',
      'TLE Yorkshire and The Humber',
      'TLF East Midlands',
      'TLG West Midlands',
      'TLH East of England',
      'TLI London',
      'TLJ South East',
      'TLK South West',
      'TLL Wales',
      'TLM Scotland',
      'TLN Northern Ireland',
      'OVERSEAS Overseas',
    ]);
  });
});

describe('reference data', () => {
  it.each([
    ['DEPARTMENTS', DEPARTMENTS],
    ['PROFESSIONS', PROFESSIONS],
    ['REGIONS', REGIONS],
  ] as const)('%s has unique codes and non-empty names', (_name, items) => {
    expect(new Set(codes(items)).size).toBe(items.length);
    expect(items.every((item) => item.name.trim() !== '')).toBe(true);
  });
});
