import { parentPort, workerData } from 'node:worker_threads';
import { processRecord, type BatchOptions } from '../batch/record.js';

// A batch worker: receives { sequence, position, line } messages, answers with the processed record.
const options = workerData as BatchOptions;
parentPort!.on('message', (message: { sequence: number; position: number; line: string }) => {
  parentPort!.postMessage({ sequence: message.sequence, output: processRecord(message.line, message.position, options) });
});
