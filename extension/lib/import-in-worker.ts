import type { StoredWorkbook } from './stored-workbook';
import type { ImportProgress, ImportReply, ImportRequest } from './workbook-import';

type FinalReply = Exclude<ImportReply, { kind: 'progress' }>;

/** What an import comes to: read whole and packed to keep, refused with its problems, or not read at all. */
export type ImportOutcome = Extract<ImportReply, { kind: 'read' | 'refused' | 'failed' }>;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Asks a new import worker one thing and returns its answer, passing on its progress; the worker ends with the
 * answer. A worker that cannot start, or dies, is answered for: the caller is never left waiting.
 */
function askImportWorker(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<FinalReply> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./workbook-import.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      resolve({ kind: 'failed', reason: reasonOf(error) });
      return;
    }
    const finish = (reply: FinalReply) => {
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.progress);
      else finish(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ kind: 'failed', reason: event.message || 'the import worker stopped' });
    };
    worker.onmessageerror = () =>
      finish({ kind: 'failed', reason: 'the import worker sent an answer that could not be read' });
    worker.postMessage(request);
  });
}

/** Reads, validates and packs a workbook file or pasted text away from the panel's main thread. */
export async function importInWorker(
  source: Blob | string,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const reply = await askImportWorker({ kind: 'import', source }, onProgress);
  return reply.kind === 'stored'
    ? { kind: 'failed', reason: 'the import worker answered another question' }
    : reply;
}

/** The stored workbook read back away from the panel's main thread; undefined when the worker could not do it. */
export async function readStoredInWorker(stored: unknown): Promise<StoredWorkbook | undefined> {
  const reply = await askImportWorker({ kind: 'stored', stored }, () => undefined);
  return reply.kind === 'stored' ? reply.stored : undefined;
}
