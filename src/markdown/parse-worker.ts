// A worker thread for startParsing: takes bodies off the shared counter, parses them, and answers
// with the trees serialised as a cache shard.
import { parentPort } from 'node:worker_threads';
import { answerInWorker, type ParseTask } from './parse-in-parallel.ts';

parentPort?.on('message', (task: ParseTask) => {
  parentPort?.postMessage(answerInWorker(task));
});
