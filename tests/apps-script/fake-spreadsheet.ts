/**
 * A small in-memory Google Sheets for running the built Code.js in node:vm. It is strict where Apps Script is strict
 * (setValues with the wrong shape throws; blanks read back as ""; a sheet name can be used once) and records what
 * the UI was asked to show. It grows with what the add-on uses; nothing here is faked beyond what tests exercise.
 */

type Value = string | number | boolean | Date;

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(`Exception: The coordinates of the range are outside the dimensions of the sheet.`);
    }
  }

  getValues(): Value[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => this.sheet.cell(this.row + r, this.column + c)),
    );
  }

  setValues(values: Value[][]): FakeRange {
    if (
      !Array.isArray(values) ||
      values.length !== this.numRows ||
      values.some((row) => row.length !== this.numColumns)
    ) {
      const got = Array.isArray(values)
        ? `${values.length} rows × ${values[0]?.length ?? 0} columns`
        : typeof values;
      throw new Error(
        `Exception: The number of rows or columns in the data does not match the range. The data has ${got}; the range has ${this.numRows} × ${this.numColumns}.`,
      );
    }
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        this.sheet.set(this.row + r, this.column + c, v);
      });
    });
    return this;
  }

  getA1Notation(): string {
    let n = this.column;
    let letters = '';
    while (n > 0) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      n = Math.floor((n - 1) / 26);
    }
    return `${letters}${this.row}`;
  }
}

export class FakeSheet {
  private readonly cells = new Map<string, Value>();
  constructor(private name: string) {}

  getName(): string {
    return this.name;
  }

  cell(row: number, column: number): Value {
    return this.cells.get(`${row},${column}`) ?? '';
  }

  set(row: number, column: number, value: Value): void {
    if (value === '' || value === null || value === undefined) this.cells.delete(`${row},${column}`);
    else this.cells.set(`${row},${column}`, value);
  }

  getLastRow(): number {
    let last = 0;
    for (const key of this.cells.keys()) last = Math.max(last, Number(key.split(',')[0]));
    return last;
  }

  getLastColumn(): number {
    let last = 0;
    for (const key of this.cells.keys()) last = Math.max(last, Number(key.split(',')[1]));
    return last;
  }

  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    return new FakeRange(this, row, column, numRows, numColumns);
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  constructor(private readonly name = 'Untitled spreadsheet') {}

  getName(): string {
    return this.name;
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
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
}

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** SpreadsheetApp, HtmlService and the UI, recording menus and sidebars for tests to read. */
export function fakeAppsScript(spreadsheet: FakeSpreadsheet) {
  const shown = { menus: [] as { items: MenuItem[] }[], sidebars: [] as { title: string; html: string }[] };
  const ui = {
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
    showSidebar(output: { getContent(): string; getTitle(): string }) {
      shown.sidebars.push({ title: output.getTitle(), html: output.getContent() });
    },
    alert(message: string) {
      throw new Error(`unexpected alert in a test: ${message}`);
    },
  };
  const globals = {
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: () => spreadsheet,
    },
    HtmlService: {
      createHtmlOutput(html: string) {
        let title = '';
        const output = {
          setTitle(t: string) {
            title = t;
            return output;
          },
          getTitle: () => title,
          getContent: () => html,
        };
        return output;
      },
    },
  };
  return { globals, shown };
}
