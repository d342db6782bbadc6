/**
 * A worker thread of `--jobs N`: takes {@link AnalysisTask}s with a sequence
 * number and answers each with its {@link AnalysisResult}.
 */
import { parentPort } from 'node:worker_threads';
import { analyse, type AnalysisTask } from './analyse.js';

parentPort?.on('message', (message: { seq: number; task: AnalysisTask }) => {
  parentPort!.postMessage({ seq: message.seq, result: analyse(message.task) });
});
