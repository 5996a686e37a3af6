/**
 * Python's `list(csv.reader(io.StringIO(text), delimiter=...))` with the default "excel" dialect
 * (quote character '"', doubled quotes, no escape character, non-strict), as CPython 3.11's `_csv`
 * state machine reads it: the text is fed line by line (lines end after '\n', as StringIO splits
 * them), each line followed by an end-of-line event; a blank line gives an empty row; a '\r' that is
 * followed by more text on the same line is an error; fields are limited to 131,072 characters.
 */

export type CsvResult =
  | { readonly ok: true; readonly rows: string[][] }
  | { readonly ok: false; readonly error: string };

const S = {
  StartRecord: 0,
  StartField: 1,
  InField: 2,
  InQuotedField: 3,
  QuoteInQuotedField: 4,
  EatCrNl: 5,
} as const;
type State = (typeof S)[keyof typeof S];

/** CPython's default `csv.field_size_limit()`. */
export const CSV_FIELD_LIMIT = 131072;

const EOL = -1;

export function pyCsvRead(text: string, delimiter = ','): CsvResult {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field: string[] = [];
  let state: State = S.StartRecord;
  let error: string | null = null;

  const saveField = (): void => {
    fields.push(field.join(''));
    field = [];
  };
  const addChar = (c: string): boolean => {
    if (field.length >= CSV_FIELD_LIMIT) {
      error = `field larger than field limit (${CSV_FIELD_LIMIT})`;
      return false;
    }
    field.push(c);
    return true;
  };

  const startField = (c: string | typeof EOL, isNl: boolean): boolean => {
    if (isNl || c === EOL) {
      saveField();
      state = c === EOL ? S.StartRecord : S.EatCrNl;
    } else if (c === '"') {
      state = S.InQuotedField;
    } else if (c === delimiter) {
      saveField();
    } else {
      if (!addChar(c)) return false;
      state = S.InField;
    }
    return true;
  };

  // One character (or EOL); returns false on error.
  const step = (c: string | typeof EOL): boolean => {
    const isNl = c === '\n' || c === '\r';
    switch (state) {
      case S.StartRecord:
        if (c === EOL) return true; // empty line: the record is []
        if (isNl) {
          state = S.EatCrNl;
          return true;
        }
        state = S.StartField;
        return startField(c, isNl);
      case S.StartField:
        return startField(c, isNl);
      case S.InField:
        if (isNl || c === EOL) {
          saveField();
          state = c === EOL ? S.StartRecord : S.EatCrNl;
        } else if (c === delimiter) {
          saveField();
          state = S.StartField;
        } else if (!addChar(c)) {
          return false;
        }
        return true;
      case S.InQuotedField:
        if (c === EOL) return true;
        if (c === '"') state = S.QuoteInQuotedField;
        else if (!addChar(c)) return false;
        return true;
      case S.QuoteInQuotedField:
        if (c === '"') {
          if (!addChar(c)) return false;
          state = S.InQuotedField;
        } else if (c === delimiter) {
          saveField();
          state = S.StartField;
        } else if (isNl || c === EOL) {
          saveField();
          state = c === EOL ? S.StartRecord : S.EatCrNl;
        } else {
          if (!addChar(c)) return false;
          state = S.InField;
        }
        return true;
      case S.EatCrNl:
        if (isNl) return true;
        if (c === EOL) {
          state = S.StartRecord;
          return true;
        }
        error = "new-line character seen in unquoted field - do you need to open the file with newline=''?";
        return false;
    }
  };

  let pos = 0;
  const n = text.length;
  // Each iteration reads one record, possibly spanning several lines.
  for (;;) {
    fields = [];
    field = [];
    state = S.StartRecord;
    let gotLine = false;
    do {
      if (pos >= n) {
        // (`state` is changed by `step`, which TypeScript's narrowing does not see.)
        if (field.length !== 0 || (state as State) === S.InQuotedField) {
          saveField();
          rows.push(fields);
        }
        return { ok: true, rows };
      }
      gotLine = true;
      const nl = text.indexOf('\n', pos);
      const end = nl === -1 ? n : nl + 1;
      const line = text.slice(pos, end);
      pos = end;
      for (const ch of line) if (!step(ch)) return { ok: false, error: error ?? 'csv error' };
      if (!step(EOL)) return { ok: false, error: error ?? 'csv error' };
    } while ((state as State) !== S.StartRecord);
    if (gotLine) rows.push(fields);
  }
}
