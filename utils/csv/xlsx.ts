/**
 * The prospects as an .xlsx workbook: one sheet, header row frozen, identifiers, postcodes and
 * phones as text cells (never numbers), score as a number, dates as dates, websites and e-mails
 * as links. Every other value is an inline string: a cell holds no formula, whatever a page says.
 * Minimal SpreadsheetML (ECMA-376) zipped by fflate.
 */
import { strToU8, zipSync } from 'fflate';
import type { Prospect } from '../model/prospect';
import { TEXT_COLUMNS, type ColumnId } from './columns';
import type { CsvProfile } from './profile';
import { profileColumns } from './profiles';
import EXCEL_FR from './presets/excel-fr';

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

// Styles (cellXfs): 0 plain, 1 header, 2 text (@), 3 date, 4 link.
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

const workbook = (sheet: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

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

const columnName = (i: number): string =>
  (i >= 26 ? columnName(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

const text = (ref: string, value: string, style = 0) =>
  `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is>${
    /^\s|\s$/.test(value) ? '<t xml:space="preserve">' : '<t>'
  }${escapeXml(value)}</t></is></c>`;

/** Days since 1899-12-30, Excel's and LibreOffice's day zero. */
const serial = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000 + 25_569;

const isoFormat = (profile: CsvProfile): CsvProfile => ({ ...profile, day: (d) => d });

export function prospectsToXlsx(
  prospects: readonly Prospect[],
  profile: CsvProfile = EXCEL_FR,
  columns?: readonly ColumnId[],
): Uint8Array<ArrayBuffer> {
  const iso = isoFormat(profile);
  const output = profileColumns(profile, columns);
  const isoValues = profileColumns(iso, columns);
  const names = output.map((_, i) => columnName(i));
  const rows: string[] = [
    `<row r="1">${output.map(([header], i) => text(`${names[i]}1`, header, 1)).join('')}</row>`,
  ];
  const links: string[] = [];
  const rels: string[] = [];
  prospects.forEach((p, index) => {
    const r = index + 2;
    const cells = output.map(([, value, column], i) => {
      const ref = `${names[i]}${r}`;
      if (column && DATES.has(column)) {
        const day = isoValues[i]![1](p);
        if (/^\d{4}-\d\d-\d\d$/.test(day)) return `<c r="${ref}" s="3"><v>${serial(day)}</v></c>`;
      }
      const cell = value(p);
      if (!cell) return '';
      if (column === 'score') return `<c r="${ref}"><v>${Number(cell)}</v></c>`;
      if (column && TEXT_COLUMNS.has(column)) return text(ref, cell, 2);
      const target = column ? LINKS[column]?.(cell) : undefined;
      if (target && links.length < MAX_LINKS) {
        const id = `rId${links.length + 1}`;
        links.push(`<hyperlink ref="${ref}" r:id="${id}"/>`);
        rels.push(
          `<Relationship Id="${id}" Type="${NS}/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(target)}" TargetMode="External"/>`,
        );
        return text(ref, cell, 4);
      }
      return text(ref, cell);
    });
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  });
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${rows.join('')}</sheetData>${links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : ''}</worksheet>`;
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(FILES)) files[path] = strToU8(xml);
  files['xl/workbook.xml'] = strToU8(workbook('Prospects'));
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  if (rels.length) {
    files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${NS}/package/2006/relationships">${rels.join('')}</Relationships>`,
    );
  }
  // fflate allocates a plain ArrayBuffer, never a shared one.
  return zipSync(files, { level: 1 }) as Uint8Array<ArrayBuffer>;
}
