import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readPage } from '../utils/extract/core/page';
const [file, url] = process.argv.slice(2);
const { document } = parseHTML(readFileSync(file!, 'utf8'));
const p = readPage(document as unknown as Document, new URL(url!));
console.log('lang', p.lang, p.langDeclared, p.region, 'title:', p.found.title);
p.blocks.forEach((b, i) => console.log(i, b.foreign ? 'F' : ' ', b.heading ? 'H' : ' ', JSON.stringify(b.text).slice(0, 300)));
