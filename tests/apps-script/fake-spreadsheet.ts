/**
 * A small in-memory Google Sheets for running the built Code.js in node:vm. It is strict where Apps Script is strict
 * (setValues with the wrong shape throws; blanks read back as ""; a sheet name can be used once; a range outside the
 * sheet throws) and records what the UI was asked to show. It covers what the add-on uses and nothing more.
 */
import { columnLetters } from '../../core/workbook/places';

type Value = string | number | boolean | Date;

export interface Validation {
  kind: 'list' | 'range';
  values?: string[];
  rangeA1?: string;
  allowInvalid: boolean;
  helpText: string;
}

export interface ConditionalRule {
  text: string;
  background: string;
  ranges: string[];
}

/**
 * A chart as Set up builds it: the calls EmbeddedChartBuilder is given, and nothing else. A builder method the fake
 * does not define is a TypeError, so the add-on cannot come to rely on one untested here.
 */
export interface FakeChart {
  type: 'line';
  ranges: string[];
  numHeaders: number;
  position: [row: number, column: number, offsetX: number, offsetY: number];
  options: Record<string, unknown>;
}

interface CellState {
  value?: Value;
  formula?: string;
  numberFormat?: string;
  validation?: Validation;
  bold?: boolean;
  background?: string;
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    if (row + numRows - 1 > sheet.getMaxRows() || column + numColumns - 1 > sheet.getMaxColumns()) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private each(fn: (cell: CellState, r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) fn(this.sheet.state(this.row + r, this.column + c), r, c);
    }
  }

  private grid<T>(read: (cell: CellState) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) =>
        read(this.sheet.state(this.row + r, this.column + c)),
      ),
    );
  }

  private checkShape(values: unknown, what: string): asserts values is unknown[][] {
    if (
      !Array.isArray(values) ||
      values.length !== this.numRows ||
      values.some((row) => !Array.isArray(row) || row.length !== this.numColumns)
    ) {
      const got = Array.isArray(values)
        ? `${values.length} rows × ${values[0]?.length ?? 0} columns`
        : typeof values;
      throw new Error(
        `Exception: The number of rows or columns in the ${what} does not match the range. The data has ${got}; the range has ${this.numRows} × ${this.numColumns}.`,
      );
    }
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }

  getValues(): Value[][] {
    this.sheet.calls.getValues++;
    return this.grid((cell) => cell.value ?? '');
  }
  getValue(): Value {
    return this.getValues()[0]![0]!;
  }
  getFormulas(): string[][] {
    this.sheet.calls.getFormulas++;
    return this.grid((cell) => cell.formula ?? '');
  }
  getNumberFormats(): string[][] {
    return this.grid((cell) => cell.numberFormat ?? 'General');
  }
  getDataValidations(): (Validation | null)[][] {
    return this.grid((cell) => cell.validation ?? null);
  }

  setValues(values: Value[][]): FakeRange {
    this.checkShape(values, 'data');
    this.sheet.calls.setValues++;
    for (const row of values) {
      for (const v of row) {
        if (
          v === undefined ||
          (typeof v === 'object' && v !== null && Object.prototype.toString.call(v) !== '[object Date]')
        ) {
          throw new Error(
            `Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.`,
          );
        }
      }
    }
    this.each((cell, r, c) => {
      const v = values[r]![c]!;
      // As in Sheets, text that starts with "=" is written as a formula.
      if (typeof v === 'string' && v.startsWith('=')) {
        cell.formula = v;
        cell.value = undefined;
        return;
      }
      cell.formula = undefined;
      cell.value = v === null ? undefined : v;
      if (cell.value === '') cell.value = undefined;
    });
    return this;
  }
  setValue(value: Value): FakeRange {
    return this.setValues([[value]]);
  }
  setFormulas(formulas: string[][]): FakeRange {
    this.checkShape(formulas, 'formulas');
    this.each((cell, r, c) => {
      const f = formulas[r]![c]!;
      if (f === '') {
        cell.formula = undefined;
        return;
      }
      if (!f.startsWith('=')) throw new Error(`Exception: Formula must start with "=": ${f}`);
      cell.formula = f;
      cell.value = undefined;
    });
    return this;
  }
  setFormula(formula: string): FakeRange {
    return this.setFormulas(
      Array.from({ length: this.numRows }, () => Array.from({ length: this.numColumns }, () => formula)),
    );
  }
  clearContent(): FakeRange {
    this.each((cell) => {
      cell.value = undefined;
      cell.formula = undefined;
    });
    return this;
  }
  setNumberFormat(format: string): FakeRange {
    this.each((cell) => {
      cell.numberFormat = format;
    });
    return this;
  }
  setNumberFormats(formats: string[][]): FakeRange {
    this.checkShape(formats, 'number formats');
    this.each((cell, r, c) => {
      const format = formats[r]![c];
      if (typeof format !== 'string')
        throw new Error('Exception: The parameters (number[][]) do not match setNumberFormats.');
      cell.numberFormat = format;
    });
    return this;
  }
  setDataValidation(rule: Validation | null): FakeRange {
    this.each((cell) => {
      cell.validation = rule ?? undefined;
    });
    return this;
  }
  setFontWeight(weight: string): FakeRange {
    this.each((cell) => {
      cell.bold = weight === 'bold';
    });
    return this;
  }
  setBackground(color: string): FakeRange {
    this.each((cell) => {
      cell.background = color;
    });
    return this;
  }
  setWrap(): FakeRange {
    return this;
  }
  setFontColor(): FakeRange {
    return this;
  }
  setHorizontalAlignment(): FakeRange {
    return this;
  }
  setNote(): FakeRange {
    return this;
  }
  activate(): FakeRange {
    this.sheet.spreadsheet.active = this;
    return this;
  }
  getA1Notation(): string {
    const start = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }
}

export class FakeSheet {
  private readonly cells = new Map<string, CellState>();
  private frozenRows = 0;
  private maxRows = 1000;
  private maxColumns = 26;
  conditionalRules: ConditionalRule[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  /** How often whole ranges were read and written: the add-on should read a tab once and write it once. */
  readonly calls = { getValues: 0, getFormulas: 0, setValues: 0 };

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
  ) {}

  getName(): string {
    return this.name;
  }

  state(row: number, column: number): CellState {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  private filled(): [number, number][] {
    const out: [number, number][] = [];
    for (const [key, cell] of this.cells) {
      if (cell.value !== undefined || cell.formula !== undefined)
        out.push(key.split(',').map(Number) as [number, number]);
    }
    return out;
  }

  getLastRow(): number {
    return Math.max(0, ...this.filled().map(([r]) => r));
  }
  getLastColumn(): number {
    return Math.max(0, ...this.filled().map(([, c]) => c));
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertColumnsAfter(after: number, howMany: number): FakeSheet {
    if (after > this.maxColumns) throw new Error('Exception: column out of range');
    this.maxColumns += howMany;
    return this;
  }
  insertRowsAfter(after: number, howMany: number): FakeSheet {
    if (after > this.maxRows) throw new Error('Exception: row out of range');
    this.maxRows += howMany;
    return this;
  }

  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getRange(rowOrA1: number | string, column = 1, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(rowOrA1);
      if (!m) throw new Error(`Exception: Range not found: ${rowOrA1}`);
      const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const r1 = Number(m[2]);
      const c1 = col(m[1]!);
      const r2 = m[4] ? Number(m[4]) : r1;
      const c2 = m[3] ? col(m[3]) : c1;
      return new FakeRange(this, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    }
    return new FakeRange(this, rowOrA1, column, numRows, numColumns);
  }

  setFrozenRows(rows: number): FakeSheet {
    this.frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setColumnWidth(column: number, width: number): FakeSheet {
    this.columnWidths.set(column, width);
    return this;
  }
  autoResizeColumns(): FakeSheet {
    return this;
  }
  getConditionalFormatRules(): ConditionalRule[] {
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: ConditionalRule[]): FakeSheet {
    this.conditionalRules = [...rules];
    return this;
  }
  activate(): FakeSheet {
    return this;
  }
  newChart() {
    const chart: Partial<FakeChart> = { ranges: [], numHeaders: -1, options: {} };
    const sheet = this;
    const builder = {
      asLineChart() {
        chart.type = 'line';
        return builder;
      },
      addRange(range: FakeRange) {
        chart.ranges!.push(`${range.getSheet().getName()}!${range.getA1Notation()}`);
        return builder;
      },
      setNumHeaders(headers: number) {
        chart.numHeaders = headers;
        return builder;
      },
      setPosition(row: number, column: number, offsetX: number, offsetY: number) {
        if (row < 1 || column < 1 || row > sheet.getMaxRows() || column > sheet.getMaxColumns())
          throw new Error('Exception: The chart position is outside the sheet.');
        chart.position = [row, column, offsetX, offsetY];
        return builder;
      },
      setOption(option: string, value: unknown) {
        chart.options![option] = value;
        return builder;
      },
      build(): FakeChart {
        if (!chart.type || !chart.position || chart.ranges!.length === 0)
          throw new Error('fake chart: built without a chart type, a position or a range');
        return { ...(chart as FakeChart), options: { ...chart.options } };
      },
    };
    return builder;
  }
  insertChart(chart: FakeChart): void {
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    const at = this.charts.indexOf(chart);
    if (at < 0) throw new Error('Exception: The chart is not on this sheet.');
    this.charts.splice(at, 1);
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges = new Map<string, FakeRange>();
  /** PropertiesService.getDocumentProperties(): kept with the spreadsheet, as Apps Script keeps them with the document. */
  readonly documentProperties = new Map<string, string>();
  active: FakeRange | undefined;

  /** `timeZone` is the spreadsheet's (File > Settings); the script's is Europe/London, as appsscript.json sets. */
  constructor(
    private readonly name = 'Untitled spreadsheet',
    private readonly timeZone = SCRIPT_TIME_ZONE,
  ) {}

  getName(): string {
    return this.name;
  }
  getId(): string {
    return 'fake-spreadsheet-id';
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  insertSheet(name: string): FakeSheet {
    if (this.getSheetByName(name)) {
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    return sheet;
  }
  setNamedRange(name: string, range: FakeRange): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new Error(`Exception: invalid named range name ${name}`);
    this.namedRanges.set(name, range);
  }
  getRangeByName(name: string): FakeRange | null {
    return this.namedRanges.get(name) ?? null;
  }
  /** "'Theory of change'!A4" or "Data!B2". */
  getRange(a1: string): FakeRange {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(a1);
    if (!m) throw new Error(`Exception: Range not found: ${a1}`);
    const sheet = this.getSheetByName((m[1] ?? m[2]!).replace(/''/g, "'"));
    if (!sheet) throw new Error(`Exception: Range not found: ${a1}`);
    return sheet.getRange(m[3]!);
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** The range the user last selected (a range's activate()), or null, as Sheets gives it before any selection. */
  getActiveRange(): FakeRange | null {
    return this.active ?? null;
  }
  toast(): void {}
}

/** The script's time zone, as sheets-addon/appsscript.json sets it. */
export const SCRIPT_TIME_ZONE = 'Europe/London';

/**
 * Utilities.formatDate for the two patterns the add-on uses, by the platform's time-zone data: `yyyy-MM-dd` and
 * `Z` (+1100, -0500). Any other pattern fails the test, so the add-on cannot come to rely on one untested here.
 */
function fakeFormatDate(shown: Shown) {
  return (date: Date, timeZone: string, pattern: string): string => {
    shown.formatDateCalls++;
    if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
      throw new Error('Exception: Invalid argument: date');
    }
    if (pattern === 'yyyy-MM-dd') {
      return new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(date);
    }
    if (pattern === 'Z') {
      const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(date)
        .find((p) => p.type === 'timeZoneName')!.value; // "GMT+11:00", or "GMT" for zero
      const m = /([+-])(\d{2}):(\d{2})/.exec(name);
      return m ? `${m[1]}${m[2]}${m[3]}` : '+0000';
    }
    throw new Error(`fake Utilities.formatDate does not know the pattern ${pattern}`);
  };
}

export interface MenuItem {
  caption: string;
  functionName: string;
}

export interface Shown {
  menus: { items: MenuItem[] }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
  alerts: { title: string; prompt: string }[];
  /** How often Utilities.formatDate was called: the add-on should call it only for a spreadsheet in another zone. */
  formatDateCalls: number;
}

/** PropertiesService's store, as strict as Apps Script: values are strings, and one holds at most 9 KB. */
function fakeProperties(store: Map<string, string>) {
  return {
    getProperty: (key: string) => store.get(key) ?? null,
    getProperties: () => Object.fromEntries(store),
    setProperty(key: string, value: unknown) {
      if (typeof value !== 'string') throw new Error('Exception: a property value must be a string.');
      if (new TextEncoder().encode(key + value).length > 9 * 1024)
        throw new Error('Exception: Argument too large: value');
      store.set(key, value);
    },
  };
}

/**
 * SpreadsheetApp, HtmlService and the UI. `answers` are the buttons the user will press, in order, when the add-on
 * asks a question; asking with no answer left fails the test, so an unexpected question is never silently answered.
 */
export function fakeAppsScript(
  spreadsheet: FakeSpreadsheet,
  files: Record<string, string> = {},
  answers: string[] = [],
) {
  const shown: Shown = { menus: [], sidebars: [], dialogs: [], alerts: [], formatDateCalls: 0 };
  const documentProperties = fakeProperties(spreadsheet.documentProperties);
  const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  const output = (html: string) => {
    let title = '';
    const out = {
      setTitle(t: string) {
        title = t;
        return out;
      },
      setWidth() {
        return out;
      },
      setHeight() {
        return out;
      },
      getTitle: () => title,
      getContent: () => html,
    };
    return out;
  };
  const ui = {
    Button,
    ButtonSet,
    createAddonMenu() {
      const items: MenuItem[] = [];
      const menu = {
        addItem(caption: string, functionName: string) {
          items.push({ caption, functionName });
          return menu;
        },
        addSeparator() {
          return menu;
        },
        addToUi() {
          shown.menus.push({ items });
        },
      };
      return menu;
    },
    showSidebar(out: { getContent(): string; getTitle(): string }) {
      shown.sidebars.push({ title: out.getTitle(), html: out.getContent() });
    },
    showModalDialog(out: { getContent(): string }, title: string) {
      shown.dialogs.push({ title, html: out.getContent() });
    },
    alert(titleOrPrompt: string, prompt?: string, buttons?: string) {
      shown.alerts.push({
        title: prompt === undefined ? '' : titleOrPrompt,
        prompt: prompt ?? titleOrPrompt,
      });
      if (buttons === undefined || buttons === ButtonSet.OK) return Button.OK;
      const answer = answers.shift();
      if (answer === undefined)
        throw new Error(`test did not expect the question: ${prompt ?? titleOrPrompt}`);
      return answer;
    },
  };
  const validationBuilder = () => {
    const rule: Validation = { kind: 'list', allowInvalid: true, helpText: '' };
    const builder = {
      requireValueInList(values: string[]) {
        rule.kind = 'list';
        rule.values = [...values];
        return builder;
      },
      requireValueInRange(range: FakeRange) {
        rule.kind = 'range';
        rule.rangeA1 = `${range.getSheet().getName()}!${range.getA1Notation()}`;
        return builder;
      },
      setAllowInvalid(allow: boolean) {
        rule.allowInvalid = allow;
        return builder;
      },
      setHelpText(text: string) {
        rule.helpText = text;
        return builder;
      },
      build: () => ({ ...rule }),
    };
    return builder;
  };
  const conditionalBuilder = () => {
    const rule: ConditionalRule = { text: '', background: '', ranges: [] };
    const builder = {
      whenTextEqualTo(text: string) {
        rule.text = text;
        return builder;
      },
      setBackground(color: string) {
        rule.background = color;
        return builder;
      },
      setFontColor() {
        return builder;
      },
      setRanges(ranges: FakeRange[]) {
        rule.ranges = ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`);
        return builder;
      },
      build: () => ({ ...rule, ranges: [...rule.ranges] }),
    };
    return builder;
  };
  const globals = {
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: () => spreadsheet,
      newDataValidation: validationBuilder,
      newConditionalFormatRule: conditionalBuilder,
      flush() {},
    },
    HtmlService: {
      createHtmlOutput: (html: string) => output(html),
      createHtmlOutputFromFile(name: string) {
        const html = files[name];
        if (html === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
        return output(html);
      },
    },
    Session: { getScriptTimeZone: () => SCRIPT_TIME_ZONE },
    PropertiesService: { getDocumentProperties: () => documentProperties },
    Utilities: { formatDate: fakeFormatDate(shown) },
  };
  return { globals, shown };
}
