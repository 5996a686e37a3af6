/**
 * Structured output: response extraction, Python-semantics JSON and YAML 1.1 parsing, the
 * IFStruct validator at parity, a generic JSON-Schema constraint (ajv) and ThinkJSON-style
 * extraction metrics. See docs/structured.md.
 */
export * from './pyvalue.js';
export { PY_JSON_MAX_DEPTH, PyJsonError, parsePyJson, rawDecode } from './pyjson.js';
export {
  YAML_LIMITS,
  YamlError,
  composeYaml,
  formatYamlError,
  isFlowStyle,
  loadBlockYaml,
  loadYaml,
  resolvePlainScalar,
} from './pyyaml.js';
export type { YamlMark, YamlNode } from './pyyaml.js';
export * from './extract.js';
export * from './schema-walk.js';
export * from './ifstruct.js';
export * from './json-schema.js';
export * from './extraction.js';
