/** Scoring: strict/loose evaluation, the bench families behind `heed score`, and file-level scoring. */
export { evaluateInstructions, fractionPassed, type InstructionTask, type InstructionVerdicts } from './evaluate.js';
export { looseVariants, isBlank } from './variants.js';
export { stripThinking } from './thinking.js';
export { getBench, BENCH_NAMES, type Bench, type BenchName, type ScoreOptions, type JsonObject } from './benches/index.js';
export { parseInstructionTask, summarizeInstructions, type InstructionSummary, type InstructionItem } from './benches/instructions.js';
export { scoreInputRow, splitJsonl, rowId, type InputRow, type RowResult, type PipelineConfig } from './pipeline.js';
export { scoreRows, type PoolOptions } from './pool.js';
export { joinResponses } from './join.js';
