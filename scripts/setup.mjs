#!/usr/bin/env node
/**
 * Brings a fresh checkout to a runnable state, doing only what is missing or stale:
 * 1. builds the gazetteer and basemap (npm run build:data) when their inputs changed;
 * 2. ingests seeds/ into the embedded database (idempotent).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const GAZETTEER = 'data/gazetteer/gazetteer.bin';
const STAMP = 'data/gazetteer/inputs.sha256';
const BASEMAP = 'public/basemap/countries.json';
/** Everything the generated data depends on; a change to any of them triggers a rebuild. */
const INPUTS = [
  'package-lock.json',
  'data/boundaries/admin1.json',
  'data/curated/places.json',
  'data/curated/not-places.json',
  'scripts/build-data.ts',
  'lib/geocode/normalize.ts',
  'lib/geocode/gazetteer-file.ts',
];

function inputsHash() {
  const h = createHash('sha256');
  for (const file of INPUTS) h.update(file).update(readFileSync(file));
  return h.digest('hex');
}

function run(args) {
  execFileSync('npx', ['tsx', ...args], { stdio: 'inherit' });
}

const hash = inputsHash();
const fresh = existsSync(GAZETTEER) && existsSync(BASEMAP) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash;
if (!fresh) {
  run(['scripts/build-data.ts']);
  writeFileSync(STAMP, `${hash}\n`);
}
run(['scripts/ingest.ts', ...process.argv.slice(2)]);
