// A worker thread for parseInParallel: parses the bodies it is sent, as written.
import { parentPort } from 'node:worker_threads';
import { parseMarkdownAsWritten } from './processor.ts';

parentPort?.on('message', (bodies: string[]) => {
  parentPort?.postMessage(bodies.map(parseMarkdownAsWritten));
});
