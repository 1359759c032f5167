/** A call to one of Code.js's global functions, as loadAddon's `call` makes it: unknown names are refused. */
export type ServerCall = (name: string, ...args: unknown[]) => unknown;

/**
 * What the server side of google.script.run does with one call: the arguments and the result cross as JSON, as
 * Apps Script passes them, and whatever Code.js throws (a function it does not define included) is thrown on.
 */
export function answerCall(call: ServerCall, name: string, args: unknown[]): unknown {
  const sent = JSON.parse(JSON.stringify(args)) as unknown[];
  return JSON.parse(JSON.stringify(call(name, ...sent) ?? null));
}

/**
 * google.script.run for a page in the same realm (happy-dom) against the built Code.js: each call is answered
 * asynchronously, after the page's script has returned, as Apps Script answers it. `calls` lists what was sent and
 * `settled` waits for every answer so far.
 */
export function scriptRun(call: ServerCall) {
  const calls: { name: string; args: unknown[] }[] = [];
  const pending: Promise<void>[] = [];
  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): object =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => runner(fn, failure);
          if (name === 'withFailureHandler') return (fn: (e: Error) => void) => runner(success, fn);
          return (...args: unknown[]) => {
            if (!failure) throw new Error(`${name} was called without a failure handler`);
            const sent = JSON.parse(JSON.stringify(args)) as unknown[];
            calls.push({ name, args: sent });
            pending.push(
              new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
                try {
                  success?.(answerCall(call, name, sent));
                } catch (error) {
                  failure(error as Error);
                }
              }),
            );
          };
        },
      },
    );
  const settled = async () => {
    while (pending.length > 0) await pending.shift();
  };
  return { run: runner(), calls, settled };
}

/** The name under which a browser page finds the server: an async function of (name, args) that answerCall backs. */
export const SERVER_BRIDGE = 'impactLensAppsScriptServer';

/**
 * google.script.run and google.script.host for a page in another process (Chromium), as page source: each call goes
 * to window[SERVER_BRIDGE] (Playwright's exposeFunction), and its answer or error comes back to the page's handlers.
 * Plain JavaScript in a string, because a compiled function's source may name helpers the page does not have.
 */
export const PAGE_SCRIPT_RUN = `(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn);
      return (...args) => {
        if (!failure) throw new Error(name + ' was called without a failure handler');
        window[${JSON.stringify(SERVER_BRIDGE)}](name, JSON.parse(JSON.stringify(args))).then(
          (value) => { if (success) success(value); },
          (error) => failure(new Error(error && error.message ? error.message : String(error))),
        );
      };
    },
  });
  window.google = { script: { run: runner(), host: { close() {} } } };
})();`;
