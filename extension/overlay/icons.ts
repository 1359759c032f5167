/** Shapes for each severity, so that it reads without colour (no emoji: they draw as boxes where fonts lack them). */
export const SEVERITY_ICON = {
  error:
    '<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor"/><path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" stroke-width="1.8"/></svg>',
  warning:
    '<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M8 1l7.5 13.5H.5z" fill="currentColor"/><path d="M8 6v4" stroke="#fff" stroke-width="1.8"/><circle cx="8" cy="12" r="1" fill="#fff"/></svg>',
  info: '<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M8 7v5" stroke="#fff" stroke-width="1.8"/><circle cx="8" cy="4.5" r="1" fill="#fff"/></svg>',
  ok: '<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" stroke="#fff" stroke-width="1.8" fill="none"/></svg>',
} as const;

export const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'note', ok: 'no issues' } as const;
