import type {
  BackgroundMessages,
  ContentMessages,
  MessageOf,
  MessageTo,
  PanelMessages,
  Protocol,
  ResponseOf,
  Schemas,
} from '../messaging';

/*
 * Sending and answering the messages of messaging.ts. A sender gets the response type of the message it sent; a
 * receiver gives one handler per message it answers, each checked against its table, and sees only messages its
 * schemas accept.
 */

/** What a handler may know of the sender: the tab, for a message from a content script. */
export interface Sender {
  tab?: { id?: number };
}

export type Handler<P extends Protocol, T extends keyof P & string> = (
  message: MessageOf<P, T>,
  sender: Sender,
) => ResponseOf<P, T> | Promise<ResponseOf<P, T>>;

/** One handler per message of `P`: a missing one, or one answering the wrong type, does not compile. */
export type Handlers<P extends Protocol> = { [T in keyof P & string]: Handler<P, T> };

export type Listener = (
  message: unknown,
  sender: Sender,
  sendResponse: (response: unknown) => void,
) => boolean;

function typeOf(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  return typeof message.type === 'string' ? message.type : undefined;
}

function answers<P extends Protocol>(
  schemas: Schemas<P>,
  type: string | undefined,
): type is keyof P & string {
  return type !== undefined && Object.hasOwn(schemas, type);
}

function answer<P extends Protocol, T extends keyof P & string>(
  schemas: Schemas<P>,
  handlers: Handlers<P>,
  type: T,
  message: unknown,
  sender: Sender,
  sendResponse: (response: unknown) => void,
): boolean {
  const parsed = schemas[type].safeParse(message);
  if (!parsed.success) {
    console.warn(`Impact Lens: refused a malformed ${type} message`, parsed.error.issues);
    return false;
  }
  const handle: Handler<P, T> = handlers[type];
  // The handler starts synchronously, inside the listener: the browser lets only that open a side panel after a
  // click. `new Promise` rather than Promise.resolve(handle()), so that a handler that throws is answered too.
  new Promise<ResponseOf<P, T>>((resolve) => resolve(handle(parsed.data, sender))).then(
    sendResponse,
    (error: unknown) => {
      console.error(`Impact Lens: ${type} failed`, error);
      sendResponse(undefined);
    },
  );
  return true;
}

/**
 * The `runtime.onMessage` listener of one receiver. A message of a type it does not answer is left alone (messages
 * sent with `runtime.sendMessage` reach every extension page and the background, each answering its own), and one
 * its schema refuses is not answered.
 */
export function receiver<P extends Protocol>(schemas: Schemas<P>, handlers: Handlers<P>): Listener {
  return (message, sender, sendResponse) => {
    const type = typeOf(message);
    if (!answers(schemas, type)) return false;
    return answer(schemas, handlers, type, message, sender, sendResponse);
  };
}

type ContentResponse<M extends MessageTo<ContentMessages>> = ResponseOf<ContentMessages, M['type']>;

/** A message to the content script of a tab; undefined when none runs there (the site is off, or not a web page). */
export async function sendToTab<M extends MessageTo<ContentMessages>>(
  tabId: number,
  message: M,
): Promise<ContentResponse<M> | undefined> {
  try {
    return await browser.tabs.sendMessage<M, ContentResponse<M>>(tabId, message);
  } catch {
    return undefined;
  }
}

/** A message to the background, which is always there to answer: a failure is an error for the caller. */
export function sendToBackground<M extends MessageTo<BackgroundMessages>>(
  message: M,
): Promise<ResponseOf<BackgroundMessages, M['type']>> {
  return browser.runtime.sendMessage<M, ResponseOf<BackgroundMessages, M['type']>>(message);
}

/** Tells open side panels something; with none open nobody answers, which is not an error. */
export function notifyPanels(message: MessageTo<PanelMessages>): void {
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded under this page: there is no panel of this copy to tell.
  }
}
