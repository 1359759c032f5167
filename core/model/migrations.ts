import { SCHEMA_VERSION } from './schema';

type JsonObject = Record<string, unknown>;
type Migration = (document: JsonObject) => JsonObject;

/**
 * MIGRATIONS[n] turns a version-n document into version n + 1. Version 1 is the first published format, so the
 * table is empty; when the format changes, add the step here (and a test with a real old document) rather than
 * teaching the parser two formats.
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; document: JsonObject } | { ok: false; message: string };

/** A wrong version quoted short: a file can hold anything there, a page of text or a list nested thousands deep. */
function describeVersion(version: unknown): string {
  if (typeof version === 'string')
    return JSON.stringify(version.length > 40 ? `${version.slice(0, 37)}...` : version);
  if (Array.isArray(version)) return 'a list';
  if (version !== null && typeof version === 'object') return 'an object';
  return String(version);
}

export function migrateToCurrent(document: JsonObject): MigrationResult {
  const version = document.schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      message: 'schemaVersion is missing: this does not look like an Impact Lens workbook',
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      message: `schemaVersion must be a whole number from 1, found ${describeVersion(version)}`,
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      message: `schemaVersion ${version} was written by a newer Impact Lens (this one reads up to ${SCHEMA_VERSION}); update Impact Lens and try again`,
    };
  }
  let current = document;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, message: `no migration from schemaVersion ${v}` };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, document: current };
}
