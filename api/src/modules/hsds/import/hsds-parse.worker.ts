// The worker thread that reads an import's body (unzips and parses the CSV package, or parses
// NDJSON), so that the API's event loop keeps answering meanwhile (hsds-parse.ts starts it).
// It counts the records first and, when they are within the cap, hands them out a chunk at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { DomainException, ProblemCode } from '../../../common/problem/domain-exception.js';
import { parseImport } from './hsds-input.js';
import type { InputRecord } from './hsds-import.service.js';
import type { ParseJob, ParseMessage } from './hsds-parse.js';

const { format, body, maxRecords, chunkSize } = workerData as ParseJob;
const unreadable = (error: unknown) =>
  `is not a readable ${format === 'zip' ? 'HSDS package' : 'NDJSON file'}: ${(error as Error).message}`;
const post = (message: ParseMessage) => parentPort!.postMessage(message);

try {
  const records: InputRecord[] = [];
  for (const record of parseImport(format, body)) {
    records.push(record);
    if (records.length > maxRecords) break;
  }
  if (records.length > maxRecords) {
    post({ kind: 'too-many' });
  } else {
    post({ kind: 'total', total: records.length });
    // One chunk per request of the API thread: it deserialises each in a turn of its own, instead
    // of every chunk in one go.
    let next = 0;
    parentPort!.on('message', () => {
      if (next >= records.length) {
        post({ kind: 'end' });
        parentPort!.close();
        return;
      }
      post({ kind: 'records', records: records.slice(next, next + chunkSize) });
      next += chunkSize;
    });
  }
} catch (error) {
  // Only input is read here: a CSV or JSON syntax error in the package is the sender's to fix.
  if (error instanceof DomainException) post({ kind: 'problem', code: error.code, errors: error.errors });
  else post({ kind: 'problem', code: ProblemCode.ValidationFailed, errors: [{ name: 'body', in: 'body', reason: unreadable(error) }] });
}
