/**
 * Funders' portals people write grant applications in. Only ever a suggestion ("This looks like Submittable: turn
 * Impact Lens on here?"): nothing runs on a site until the user turns it on.
 */
export interface PortalHint {
  name: string;
  /** Matched against the end of the page's host name. */
  hostSuffixes: string[];
}

export const PORTALS: readonly PortalHint[] = [
  { name: 'Submittable', hostSuffixes: ['submittable.com'] },
  { name: 'SurveyMonkey Apply', hostSuffixes: ['smapply.io', 'smapply.org', 'smapply.net'] },
  { name: 'Fluxx', hostSuffixes: ['fluxx.io', 'fluxxlabs.com'] },
  { name: 'Foundant', hostSuffixes: ['grantinterface.com'] },
  { name: 'Blackbaud Grantmaking', hostSuffixes: ['blackbaudhosting.com', 'blackbaud.com'] },
  {
    name: 'SmartSimple',
    hostSuffixes: ['smartsimple.com', 'smartsimple.ca', 'smartsimple.eu', 'smartsimple.us'],
  },
  { name: 'Salesforce Experience Cloud', hostSuffixes: ['my.site.com', 'force.com'] },
  { name: 'Google Forms', hostSuffixes: ['docs.google.com'] },
  { name: 'Jotform', hostSuffixes: ['jotform.com'] },
  { name: 'Typeform', hostSuffixes: ['typeform.com'] },
  { name: 'Good Grants', hostSuffixes: ['goodgrants.com'] },
  { name: 'Flexi-Grant', hostSuffixes: ['flexigrant.com'] },
];

export function portalFor(url: string): PortalHint | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return PORTALS.find((p) => p.hostSuffixes.some((s) => host === s || host.endsWith(`.${s}`)));
}

/** The permission pattern that turns Impact Lens on for a page's site: its origin. */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (
      u.protocol !== 'https:' &&
      !(u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost'))
    ) {
      return undefined;
    }
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}
