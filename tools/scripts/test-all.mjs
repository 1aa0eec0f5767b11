// `npm test`: every check, in order, with one summary line at the end.
//   lint → type-check → unit → integration → schema/codegen drift → build → browser
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './compile.mjs';

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  TZ: 'UTC',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};
const resultsDir = join(root, 'tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
const stages = [];

function run(command, args) {
  return spawnSync(command, args, { cwd: root, env, stdio: 'inherit' }).status === 0;
}

function stage(name, work) {
  const started = Date.now();
  process.stderr.write(`\n━━ ${name} ━━\n`);
  const outcome = work();
  const counts =
    typeof outcome === 'boolean' ? { passed: outcome ? 1 : 0, failed: outcome ? 0 : 1 } : outcome;
  stages.push({ name, ...counts, seconds: (Date.now() - started) / 1000 });
}

function jestStage(config, file) {
  const output = join(resultsDir, file);
  const ok = run(bin('jest'), [
    '-c',
    config,
    '--ci',
    '--maxWorkers=2',
    '--json',
    `--outputFile=${output}`,
  ]);
  if (!existsSync(output)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const failedSuites = report.numRuntimeErrorTestSuites ?? 0;
  return {
    passed: report.numPassedTests,
    failed:
      report.numFailedTests + failedSuites + (ok || report.numFailedTests || failedSuites ? 0 : 1),
  };
}

function snapshot(paths) {
  return paths.map((path) =>
    existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : null,
  );
}

const GENERATED = ['apps/api/schema.gql', 'libs/web/graphql/src/generated/graphql.ts'];
const before = snapshot(GENERATED);

stage(
  'lint',
  () =>
    run(bin('nx'), ['show', 'projects', '--json']) && run(bin('eslint'), ['.', '--max-warnings=0']),
);
stage(
  'type-check',
  () =>
    run(bin('tsc'), ['-p', 'tsconfig.json']) && run(bin('tsc'), ['-p', 'apps/web/tsconfig.json']),
);
stage('unit tests', () => jestStage('jest.config.js', 'unit.json'));
stage('integration tests', () =>
  jestStage('apps/api/jest.integration.config.js', 'integration.json'),
);
stage('schema and codegen drift', () => {
  // The integration run regenerated apps/api/schema.gql from the resolvers; regenerate the client too.
  if (!run('node', ['tools/scripts/codegen.mjs'])) return false;
  const after = snapshot(GENERATED);
  const drifted = GENERATED.filter((_, i) => before[i] !== after[i]);
  if (drifted.length)
    process.stderr.write(
      `regenerated files changed: ${drifted.join(', ')} — commit the regenerated files\n`,
    );
  return drifted.length === 0;
});
stage('build', () => run('node', ['tools/scripts/build.mjs']));
stage('browser tests', () => {
  const output = join(resultsDir, 'browser.json');
  const ok =
    spawnSync(
      bin('playwright'),
      ['test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'],
      {
        cwd: root,
        env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
        stdio: 'inherit',
      },
    ).status === 0;
  if (!existsSync(output)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(output, 'utf8'));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (ok || stats.unexpected ? 0 : 1),
    skipped: stats.skipped,
  };
});

const width = Math.max(...stages.map((s) => s.name.length));
process.stderr.write('\n━━ summary ━━\n');
for (const s of stages) {
  const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
  process.stderr.write(
    `${s.failed ? '✗' : '✓'} ${s.name.padEnd(width)}  ${s.passed} passed, ${s.failed} failed${skipped}  (${s.seconds.toFixed(1)} s)\n`,
  );
}
const passed = stages.reduce((sum, s) => sum + s.passed, 0);
const failed = stages.reduce((sum, s) => sum + s.failed, 0);
const skipped = stages.reduce((sum, s) => sum + (s.skipped ?? 0), 0);
process.stdout.write(
  `\nSummary: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
process.exit(failed ? 1 : 0);
