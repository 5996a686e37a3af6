/**
 * The constraint model shared by every instruction family (IFEval, IFBench, IFTrain).
 *
 * A constraint is data (id, family, parameter specs) plus two pure functions:
 * `describe(params)` renders the instruction text the reference would render, and
 * `check(response, params, ctx)` returns a verdict with a one-sentence explanation.
 * Strict/loose evaluation, aggregation and rewards are built on top, never inside a checker.
 */

/** Instruction families heed knows. `iftrain` is open-instruct's IFEvalG registry. */
export type Family = 'ifeval' | 'ifbench' | 'iftrain';

/** The verdict of one check. `reason` is one human sentence: what was found vs what was required. */
export interface CheckResult {
  readonly ok: boolean;
  readonly reason: string;
}

/** Context a checker may need besides the response. */
export interface CheckContext {
  /** The prompt as given in the task row (some checkers compare against it). */
  readonly prompt: string;
}

/** A JSON value as read from a task row. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Kinds of parameter values. */
export type ParamKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'string_list'
  /** a string, or a list of strings (some IFEvalG checkers take either) */
  | 'string_or_list'
  /** a string restricted to `choices` */
  | 'enum';

/** Describes one keyword argument of a constraint. */
export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  /**
   * Whether the reference needs this value. Where the reference would silently draw a random
   * value for an absent parameter, heed treats it as required and reports an error instead.
   */
  readonly required: boolean;
  /** Allowed values, for `enum` parameters. */
  readonly choices?: readonly string[];
  /** Inclusive range the reference draws from when generating (integers/numbers); informational. */
  readonly range?: readonly [number, number];
  /** One line for docs and `--help`. */
  readonly doc: string;
}

/** Validated parameters: plain record of name → value; absent optional parameters are missing. */
export type Params = Readonly<Record<string, JsonValue>>;

export interface Constraint<P extends Params = Params> {
  /** Verbatim reference id, e.g. `keywords:existence`. */
  readonly id: string;
  readonly family: Family;
  readonly params: readonly ParamSpec[];
  /** The instruction text the reference renders for these parameters. */
  describe(params: P): string;
  /** Verdict + explanation. Must be total: never throws on any string input. */
  check(response: string, params: P, ctx: CheckContext): CheckResult;
  /**
   * Optional extra validation beyond the per-parameter specs (e.g. "letter must be a–z").
   * Returns `null` when fine, else `{field, message}` naming the offending parameter.
   */
  validate?(params: P): ParamError | null;
}

/** A parameter problem, naming the field (`kwargs[i].name` is composed by the caller). */
export interface ParamError {
  readonly field: string;
  readonly message: string;
}

/** Helper so families can declare constraints with typed params and still be stored uniformly. */
export function defineConstraint<P extends Params>(constraint: Constraint<P>): Constraint {
  return constraint as unknown as Constraint;
}
