import { answer, type ImportReply, type ImportRequest } from './workbook-import';

/** The part of a dedicated worker's global scope this uses: the extension's types describe a window. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(reply: ImportReply): void;
}

const scope = self as unknown as WorkerScope;

// Reading, validating and packing a workbook of tens of megabytes takes seconds: here, the panel stays responsive.
scope.onmessage = (event) => {
  void answer(event.data, (progress) => scope.postMessage({ kind: 'progress', progress })).then((reply) =>
    scope.postMessage(reply),
  );
};
