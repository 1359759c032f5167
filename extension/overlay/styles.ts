/** The overlay's own styles, inside its closed shadow root: the page's CSS cannot reach them, nor they the page. */
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; font: 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.badge { position: absolute; display: inline-flex; align-items: center; gap: 4px; padding: 2px 7px 2px 5px; border-radius: 999px; border: 1px solid rgba(0,0,0,.25); background: #fff; color: #1f2933; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.2); font: inherit; white-space: nowrap; pointer-events: auto; }
.badge:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.badge.error { color: #9b1c1c; border-color: #9b1c1c; }
.badge.warning { color: #8a4b00; border-color: #b45309; }
.badge.info { color: #1e429f; border-color: #1e429f; }
.badge.ok { color: #046c4e; border-color: #046c4e; }
.badge .count { font-weight: 700; }
.popover { position: absolute; width: 340px; max-width: calc(100vw - 24px); max-height: 60vh; overflow: auto; background: #fff; color: #1f2933; border: 1px solid #9aa5b1; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.2); padding: 10px 12px; pointer-events: auto; }
.popover h2 { font-size: 13px; margin: 0 0 6px; }
.popover ul { list-style: none; margin: 0; padding: 0; }
.popover li { border-left: 3px solid #9aa5b1; padding: 4px 8px; margin: 0 0 6px; background: #f8f9fa; }
.popover li.error { border-left-color: #9b1c1c; }
.popover li.warning { border-left-color: #b45309; }
.popover li.info { border-left-color: #1e429f; }
.popover .sev { font-weight: 700; text-transform: capitalize; }
.popover .suggestion { color: #3e4c59; margin-top: 2px; }
.popover .actions { display: flex; gap: 8px; margin-top: 8px; }
.popover button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #1a56db; background: #fff; color: #1a56db; cursor: pointer; }
.popover button.primary { background: #1a56db; color: #fff; }
.popover button:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.popover .hint { color: #52606d; font-size: 11px; margin-top: 6px; }
.popover .said { margin: 6px 0 0; font-weight: 600; }
.popover .said:empty { display: none; }
.notice { position: fixed; right: 12px; bottom: 12px; max-width: 320px; background: #fff; color: #9b1c1c; border: 1px solid #9b1c1c; border-left-width: 4px; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.2); padding: 8px 10px; pointer-events: none; }
.notice strong { display: block; margin-bottom: 2px; }
`;
