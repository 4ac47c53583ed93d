#!/usr/bin/env node
/**
 * The one test command (npm test): set-up, type-check, lint, unit tests, production build, browser tests.
 * Ends with a "N passed, N failed" line summing vitest and Playwright results (CI reads it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const UNIT_REPORT = '.cache/unit.json';
const E2E_REPORT = 'test-results/e2e.json';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function step(name, command, args) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(`── ${name}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
    return false;
  }
  console.log('installing Debian chromium for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  return existsSync(CHROMIUM);
}

function unitCounts() {
  if (!existsSync(UNIT_REPORT)) return null;
  const r = JSON.parse(readFileSync(UNIT_REPORT, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests };
}

function e2eCounts() {
  if (!existsSync(E2E_REPORT)) return null;
  const s = JSON.parse(readFileSync(E2E_REPORT, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected };
}

mkdirSync('.cache', { recursive: true });
let failedSteps = 0;
const run = (ok) => {
  if (!ok) failedSteps++;
  return ok;
};

run(ensureChromium());
run(step('set-up', 'node', ['scripts/setup.mjs']));
run(step('type-check', 'npx', ['tsc', '--noEmit']));
run(step('lint', 'npx', ['biome', 'lint', '--error-on-warnings']));
run(step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`]));
const built = run(step('build', 'npx', ['next', 'build']));
if (built) run(step('browser tests', 'npx', ['playwright', 'test']));

const unit = unitCounts() ?? { passed: 0, failed: 1 };
const e2e = (built && e2eCounts()) || { passed: 0, failed: 1 };
// A step that failed without test results (type errors, a broken build) counts as one failure.
const passed = unit.passed + e2e.passed;
const failed = Math.max(unit.failed + e2e.failed, failedSteps);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
