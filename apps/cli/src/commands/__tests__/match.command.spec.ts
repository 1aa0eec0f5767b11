import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchCommand } from '../match.command';

const input = {
  mentees: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  mentors: [
    { id: 'x', capacity: 1 },
    { id: 'y', capacity: 1 },
  ],
  edges: [
    { mentee: 'a', mentor: 'x', score: 1 },
    { mentee: 'a', mentor: 'y', score: 0.25 },
    { mentee: 'b', mentor: 'x', score: 0.5 },
  ],
};

describe(matchCommand.name, () => {
  let dir: string;
  let stderr: jest.SpyInstance;
  let stdout: jest.SpyInstance;

  const stderrText = (): string => stderr.mock.calls.map(([chunk]) => String(chunk)).join('');
  const stdoutText = (): string => stdout.mock.calls.map(([chunk]) => String(chunk)).join('');
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'match-command-'));
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the optimal result in the contract shape to --out', async () => {
    const out = join(dir, 'out.json');
    const code = await matchCommand(['--in', file('in.json', JSON.stringify(input)), '--out', out]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
      pairs: [
        { mentee: 'a', mentor: 'y', score: 0.25 },
        { mentee: 'b', mentor: 'x', score: 0.5 },
      ],
      unmatched: ['c'],
      matched: 2,
      total_score: 0.75,
    });
    expect(stdoutText()).toBe('');
  });

  it('writes the result to stdout when --out is absent, and progress to stderr', async () => {
    const code = await matchCommand(['--in', file('in.json', JSON.stringify(input))]);
    expect(code).toBe(0);
    expect(JSON.parse(stdoutText())).toMatchObject({ matched: 2, total_score: 0.75 });
    expect(stderrText()).toContain('matched 2 of 3 mentees');
  });

  it('returns 2 and names the problem when the input breaks the contract', async () => {
    const bad = {
      ...input,
      mentors: [
        { id: 'x', capacity: -1 },
        { id: 'y', capacity: 1 },
      ],
    };
    const inPath = file('bad.json', JSON.stringify(bad));
    const out = join(dir, 'out.json');
    expect(await matchCommand(['--in', inPath, '--out', out])).toBe(2);
    expect(stderrText()).toContain(
      `${inPath}: mentors[0].capacity: expected a whole number ≥ 0, got -1`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('returns 2 with the path when the file cannot be read', async () => {
    const missing = join(dir, 'missing.json');
    expect(await matchCommand(['--in', missing])).toBe(2);
    expect(stderrText()).toContain(`${missing}: cannot read the file (ENOENT)`);
    expect(stdoutText()).toBe('');
  });

  it('returns 2 when the file is not valid JSON', async () => {
    const inPath = file('broken.json', '{ "mentees": [');
    expect(await matchCommand(['--in', inPath])).toBe(2);
    expect(stderrText()).toContain(`${inPath}: not valid JSON`);
  });

  it('returns 2 when --in is missing', async () => {
    expect(await matchCommand(['--out', join(dir, 'out.json')])).toBe(2);
    expect(stderrText()).toContain('--in FILE.json is required');
  });

  it('returns 1 when the result cannot be written', async () => {
    const out = join(dir, 'no-such-dir', 'out.json');
    expect(await matchCommand(['--in', file('in.json', JSON.stringify(input)), '--out', out])).toBe(
      1,
    );
    expect(stderrText()).toContain('cannot write the result (ENOENT)');
  });
});
