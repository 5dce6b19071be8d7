import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the analysis changes in a way the source files do not show (kept for hand use). */
const ANALYSIS_FORMAT = 1;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Run-time settings, not analysis data: editing them does not re-analyse the archive. */
const NOT_DATA = new Set(['default.yaml']);

function filesBelow(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

function hashFiles(hash: ReturnType<typeof createHash>, dir: string, files: readonly string[]): void {
  for (const file of files) {
    hash.update(`\0${file.split('\\').join('/')}\0`);
    hash.update(readFileSync(join(dir, file)));
  }
}

let code: string | null = null;

/**
 * The version of the code that analyses: a hash of every src/core file, the dependency lock, the
 * Node and ICU versions (Intl output) and the process time zone. Computed once per process: the
 * code that runs does not change while it runs.
 */
export function codeVersion(): string {
  if (code) return code;
  const hash = createHash('sha256').update(`format ${ANALYSIS_FORMAT} ${process.version} icu ${process.versions.icu ?? ''} tz ${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
  const core = join(ROOT, 'src', 'core');
  hashFiles(hash, core, filesBelow(core));
  for (const file of ['package.json', 'package-lock.json']) if (existsSync(join(ROOT, file))) hashFiles(hash, ROOT, [file]);
  code = hash.digest('base64url');
  return code;
}

/** A hash of the analysis data under `configDir` (every file but the run-time default.yaml). */
export function dataVersion(configDir: string): string {
  const hash = createHash('sha256');
  hashFiles(hash, configDir, filesBelow(configDir).filter((f) => !NOT_DATA.has(f)));
  return hash.digest('base64url');
}

/** Code and data together: the `version` part of every analysis key. */
export function analysisVersion(configDir: string): string {
  return createHash('sha256').update(codeVersion()).update(dataVersion(configDir)).digest('base64url');
}
