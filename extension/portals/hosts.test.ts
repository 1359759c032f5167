import { describe, expect, it } from 'vitest';
import { originPattern, portalFor } from './hosts';

describe('portal hints', () => {
  it.each([
    ['https://northfield.submittable.com/submit/123', 'Submittable'],
    ['https://apply.smapply.io/prog/youth/', 'SurveyMonkey Apply'],
    ['https://cityfund.fluxx.io/grant_requests/1', 'Fluxx'],
    ['https://www.grantinterface.com/Home/Logon', 'Foundant'],
    ['https://funder.my.site.com/s/application', 'Salesforce Experience Cloud'],
    ['https://docs.google.com/forms/d/e/abc/viewform', 'Google Forms'],
  ])('suggests %s as %s', (url, name) => {
    expect(portalFor(url)?.name).toBe(name);
  });

  it.each([
    ['https://example.org'],
    ['https://notsubmittable.com.evil.org'],
    ['not a url'],
    ['https://fakesubmittable.com'],
  ])('suggests nothing for %s', (url) => {
    expect(portalFor(url)).toBeUndefined();
  });

  it('turns a site on by its origin, only over https (or a local test server)', () => {
    expect(originPattern('https://apply.smapply.io/prog/youth/?page=2')).toBe('https://apply.smapply.io/*');
    expect(originPattern('http://127.0.0.1:8080/form')).toBe('http://127.0.0.1/*');
    expect(originPattern('http://example.org/form')).toBeUndefined();
    expect(originPattern('chrome://extensions')).toBeUndefined();
  });
});
