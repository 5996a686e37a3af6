/** Worker-thread entry: scores chunks of input rows with the shared pipeline. */
import { parentPort, workerData } from 'node:worker_threads';
import { scoreInputRow, type InputRow, type PipelineConfig, type RowResult } from './pipeline.js';
import { loadBench } from './benches/loaded.js';

interface ChunkMessage {
  readonly index: number;
  readonly rows: readonly InputRow[];
}

const config = workerData as PipelineConfig;
// Messages wait in the port's queue until the listener below is attached.
await loadBench(config.bench);

parentPort?.on('message', (message: ChunkMessage) => {
  const results: RowResult[] = message.rows.map((row) => scoreInputRow(config, row));
  parentPort?.postMessage({ index: message.index, results });
});
