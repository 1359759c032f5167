import * as z from 'zod/mini';

// Extension pages, the service worker and content scripts run under a policy without 'unsafe-eval': zod's compiled
// parsers could only probe for eval and be refused, and strict pages report that probe as a security violation.
// Every schema of the extension is made through this module, so the setting is in place before any of them parses.
z.config({ jitless: true });

export { z };
