/**
 * A CDNOW file chosen with the type left on « CSV » is recognised by its shape, so its amounts are said
 * in dollars (QA qa13 D1); any other file stays a CSV whose columns the teacher maps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseFormat } from '../../../src/import/detect.ts';

const SAMPLE = readFileSync(new URL('../../../src/assets/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8');
const MASTER_HEAD = ' customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n 00002 19970112  5   77.00\n 00003 19970102  2   20.76\n';

describe('recogniseFormat', () => {
  it('recognises the full CDNOW log, with or without its header line, and the sample', () => {
    expect(recogniseFormat(MASTER_HEAD)).toBe('cdnow');
    expect(recogniseFormat(MASTER_HEAD.slice(MASTER_HEAD.indexOf('\n') + 1))).toBe('cdnow');
    expect(recogniseFormat(SAMPLE)).toBe('cdnow-sample');
    expect(recogniseFormat(MASTER_HEAD.replace(/\n/g, '\r\n'))).toBe('cdnow');
  });

  it('leaves any other file a CSV: delimited files, other headers, other dates, other columns', () => {
    expect(recogniseFormat('customer_id;date;number_of_cds;dollar_value\n00001;19970101;1;11.77\n')).toBe('csv');
    expect(recogniseFormat('client date quantite montant\n00001 19970101 1 11.77\n')).toBe('csv');
    expect(recogniseFormat(' 00001 20240101  1   11.77\n 00002 20240112  1   12.00\n')).toBe('csv');
    expect(recogniseFormat(' 00001 19970101  1   11,77\n')).toBe('csv');
    expect(recogniseFormat(' A001 19970101  1   11.77\n')).toBe('csv');
    expect(recogniseFormat(`${MASTER_HEAD} 00004 19970101 2\n`)).toBe('csv');
    expect(recogniseFormat('')).toBe('csv');
  });
});
