import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { prospectsToXlsx } from '@/utils/csv/xlsx';
import { sampleProspects } from './samples';

const parts = () => {
  const zip = unzipSync(prospectsToXlsx(sampleProspects));
  return Object.fromEntries(Object.entries(zip).map(([k, v]) => [k, strFromU8(v)]));
};

describe('.xlsx export', () => {
  it('one sheet, header row frozen, no formula anywhere', () => {
    const files = parts();
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;Cliquez&quot;)</t>');
  });

  it('identifiers and phones are text cells, score a number, dates serial days, links for sites and e-mails', () => {
    const files = parts();
    const sheet = files['xl/worksheets/sheet1.xml']!;
    // Row 2 is Atelier Lumen: phone (G), postcode (I) styled as text (@); follow-up (T) a date.
    expect(sheet).toContain('<c r="G2" t="inlineStr" s="2"><is><t>04 78 00 00 00</t></is></c>');
    expect(sheet).toContain('<c r="I2" t="inlineStr" s="2"><is><t>69001</t></is></c>');
    expect(sheet).toContain('<c r="T2" s="3"><v>46357</v></c>');
    expect(sheet).toContain('<c r="P4"><v>82</v></c>');
    const rels = files['xl/worksheets/_rels/sheet1.xml.rels']!;
    expect(rels).toContain('Target="https://www.atelier-lumen.fr/" TargetMode="External"');
    expect(rels).toContain('Target="mailto:contact@atelier-lumen.fr" TargetMode="External"');
    expect(sheet).toContain('<hyperlink ref="B2" r:id="rId1"/>');
  });
});

describe('.xlsx export of long values', () => {
  it('writes whole a row longer than the buffer it is encoded into, and the rows after it', () => {
    // Notes at their longest (10,000 characters) and a long description: over 64 KiB of UTF-8.
    const long = 'Très long, ' + 'é'.repeat(9_980) + ' fin';
    const [first, ...others] = sampleProspects;
    const org = first!.organisation;
    const description = { ...org.description!, value: 'ü'.repeat(12_000) };
    const big = { ...first!, notes: long, organisation: { ...org, description } };
    const zip = unzipSync(prospectsToXlsx([big, big, ...others]));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet.split(long)).toHaveLength(3);
    expect(sheet.match(/<row r="\d+">/g)).toHaveLength(2 + sampleProspects.length);
    expect(sheet.endsWith('</worksheet>')).toBe(true);
  });
});
