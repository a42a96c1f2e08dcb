/**
 * The prospects as an .xlsx workbook: one sheet, header row frozen, identifiers, postcodes and
 * phones as text cells (never numbers), score as a number, dates as dates, websites and e-mails
 * as links. Every other value is an inline string: a cell holds no formula, whatever a page says.
 * Minimal SpreadsheetML (ECMA-376), zipped by ZipWriter.
 */
import type { Prospect } from '../model/prospect';
import { TEXT_COLUMNS, type ColumnId } from './columns';
import type { CsvProfile } from './profile';
import { profileColumns } from './profiles';
import EXCEL_FR from './presets/excel-fr';
import { HeldBytes, TextFile, ZipWriter } from './zip-writer';

const DATES: ReadonlySet<ColumnId> = new Set<ColumnId>([
  'followUpAt',
  'lastContactAt',
  'capturedAt',
  'createdAt',
]);
const LINKS: Partial<Record<ColumnId, (value: string) => string | undefined>> = {
  website: (v) => (/^https?:\/\/[^\s"<>]+$/i.test(v) ? v : undefined),
  emails: (v) => {
    const first = v.split(',')[0]!.trim();
    return /^[^\s@"<>]+@[^\s@"<>]+$/.test(first) ? `mailto:${first}` : undefined;
  },
};
/** Excel keeps at most 65,530 links on a sheet; further cells stay plain text. */
const MAX_LINKS = 65_530;

/** The cell formats (cellXfs) of the styles below, in this order. */
const enum Style {
  Plain,
  Header,
  Text,
  Date,
  Link,
}
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><u/><color rgb="FF0563C1"/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="5"><xf/><xf fontId="1" applyFont="1"/><xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf fontId="2" applyFont="1"/></cellXfs></styleSheet>`;

const NS = 'http://schemas.openxmlformats.org';
const FILES = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': STYLES,
};

// eslint-disable-next-line no-control-regex -- finding the characters XML 1.0 forbids is the point
const XML_SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const XML_SPECIALS = new RegExp(XML_SPECIAL.source, 'g');
const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** XML text: escaped, and without the control characters XML 1.0 forbids. */
const escapeXml = (text: string) =>
  XML_SPECIAL.test(text) ? text.replace(XML_SPECIALS, (c) => XML_ENTITIES[c] ?? '') : text;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="Prospects" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`;
const RELS_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS}/package/2006/relationships">`;
const LINK_TYPE = `${NS}/officeDocument/2006/relationships/hyperlink`;

const columnName = (i: number): string =>
  (i >= 26 ? columnName(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** What `\s` matches, tested on one character (`/\s$/` would try every position of the value). */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/** The cell's opening after its reference, per style: an inline string, never a formula. */
const INLINE = [
  '" t="inlineStr"><is>',
  ...[1, 2, 3, 4].map((s) => `" t="inlineStr" s="${s}"><is>`),
];

/** A cell of inline text; `open` is the cell's opening up to its reference (`<c r="B12`). */
const text = (open: string, value: string, style: Style) =>
  `${open}${INLINE[style]}${
    isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1))
      ? '<t xml:space="preserve">'
      : '<t>'
  }${escapeXml(value)}</t></is></c>`;

/** Days since 1899-12-30, Excel's and LibreOffice's day zero; undefined when not a day. */
function serial(day: string): number | undefined {
  if (!/^\d{4}-\d\d-\d\d$/.test(day)) return undefined;
  const days = Date.parse(`${day}T00:00:00Z`) / 86_400_000 + 25_569;
  return Number.isFinite(days) ? days : undefined;
}

const isoFormat = (profile: CsvProfile): CsvProfile => ({ ...profile, day: (d) => d });

const enum Kind {
  Plain,
  Text,
  Date,
  Score,
}

function kindOf(column: ColumnId | undefined): Kind {
  if (column === undefined) return Kind.Plain;
  if (DATES.has(column)) return Kind.Date;
  if (column === 'score') return Kind.Score;
  if (TEXT_COLUMNS.has(column)) return Kind.Text;
  return Kind.Plain;
}

export function prospectsToXlsx(
  prospects: readonly Prospect[],
  profile: CsvProfile = EXCEL_FR,
  columns?: readonly ColumnId[],
): Uint8Array<ArrayBuffer> {
  const isoValues = profileColumns(isoFormat(profile), columns);
  const output = profileColumns(profile, columns).map(([header, value, column], i) => ({
    header,
    value,
    kind: kindOf(column),
    name: columnName(i),
    open: `<c r="${columnName(i)}`,
    iso: isoValues[i]![1],
    link: column ? LINKS[column] : undefined,
  }));

  const zip = new ZipWriter();
  for (const [path, xml] of Object.entries(FILES)) zip.add(path, xml);
  zip.add('xl/workbook.xml', WORKBOOK);
  const sheet = zip.open('xl/worksheets/sheet1.xml');
  let rels: TextFile | undefined;
  const heldLinks = new HeldBytes();
  const links = new TextFile(heldLinks);
  let linkCount = 0;
  // The same days come back row after row: each is converted once, to its cell's value.
  const serials = new Map<string, string | undefined>();

  sheet.write(SHEET_START);
  sheet.write(
    `<row r="1">${output.map((c) => text(`${c.open}1`, c.header, Style.Header)).join('')}</row>`,
  );
  for (let index = 0; index < prospects.length; index++) {
    const p = prospects[index]!;
    const r = String(index + 2);
    // One string per row, encoded at once: cheaper than a string per cell, or per sheet.
    let row = `<row r="${r}">`;
    for (const c of output) {
      if (c.kind === Kind.Date) {
        const day = c.iso(p);
        let value = serials.get(day);
        if (value === undefined && !serials.has(day)) {
          const days = serial(day);
          serials.set(day, (value = days === undefined ? undefined : `<v>${days}</v></c>`));
        }
        if (value !== undefined) {
          row += `${c.open}${r}" s="${Style.Date}">${value}`;
          continue;
        }
      }
      const cell = c.value(p);
      if (!cell) continue;
      const target = c.link && linkCount < MAX_LINKS ? c.link(cell) : undefined;
      const open = c.open + r;
      if (c.kind === Kind.Score) row += `${open}"><v>${Number(cell)}</v></c>`;
      else if (c.kind === Kind.Text) row += text(open, cell, Style.Text);
      else if (target) {
        const id = `rId${++linkCount}`;
        links.write(`<hyperlink ref="${c.name}${r}" r:id="${id}"/>`);
        if (!rels) {
          rels = zip.open('xl/worksheets/_rels/sheet1.xml.rels');
          rels.write(RELS_START);
        }
        rels.write(
          `<Relationship Id="${id}" Type="${LINK_TYPE}" Target="${escapeXml(target)}" TargetMode="External"/>`,
        );
        row += text(open, cell, Style.Link);
      } else row += text(open, cell, Style.Plain);
    }
    sheet.write(`${row}</row>`);
  }
  sheet.write('</sheetData>');
  if (linkCount > 0) {
    links.end();
    sheet.write('<hyperlinks>');
    sheet.writeHeld(heldLinks);
    sheet.write('</hyperlinks>');
  }
  sheet.write('</worksheet>');
  sheet.end();
  if (rels) {
    rels.write('</Relationships>');
    rels.end();
  }
  return zip.finish();
}
