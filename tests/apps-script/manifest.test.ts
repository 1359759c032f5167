import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../sheets-addon/appsscript.json'), 'utf8'),
);

describe('the add-on manifest', () => {
  it('asks for the current spreadsheet and its UI only', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('sends no exception to Google Cloud Logging: error messages can quote the user’s cells', () => {
    expect(manifest.exceptionLogging).toBe('NONE');
  });
});
