/** Datasets: trainer exports of generated rows (verl Parquet, TRL and OpenRLHF JSONL). */
export * from './export.js';
export { VERL_PARQUET_SCHEMA, VerlParquetWriter, verlParquetBytes, ROW_GROUP_SIZE } from './parquet.js';
