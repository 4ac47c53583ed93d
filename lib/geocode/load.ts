import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Gazetteer } from './gazetteer-file';

/** Built by `npm run build:data` (scripts/build-data.ts); never committed. */
export const GAZETTEER_PATH = path.resolve(process.cwd(), 'data/gazetteer/gazetteer.bin');

let cached: Gazetteer | undefined;

/** The process-wide gazetteer, loaded on first use (a file read; no parsing). */
export function loadGazetteer(file: string = GAZETTEER_PATH): Gazetteer {
  if (cached && file === GAZETTEER_PATH) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(/*turbopackIgnore: true*/ file);
  } catch (error) {
    throw new Error(`gazetteer not found at ${file}: run \`npm run build:data\` (${(error as Error).message})`);
  }
  const gazetteer = Gazetteer.fromBytes(bytes);
  if (file === GAZETTEER_PATH) cached = gazetteer;
  return gazetteer;
}
