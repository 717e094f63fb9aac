import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord } from './csv-cell';

const shapes: Array<string | number> = [
  'plain',
  '',
  'with, comma',
  'with "quotes"',
  'line\nbreak',
  'carriage\rreturn',
  ' leading space',
  'trailing space ',
  '=SUM(A1:A2)',
  '+46 70 123 45 67',
  '-1',
  '@admin',
  '\tTab',
  '\rCR',
  '=1\n+2',
  '\uFEFFbom',
  'Zoë 李雷',
  'a;b',
  42,
  -3,
  0,
];

describe('a CSV cell', () => {
  it.each(shapes.map((shape) => [JSON.stringify(shape), shape] as const))(
    'quotes %s as papaparse does in the conversations CSV',
    (_name, shape) => {
      const papa = Papa.unparse([[shape]], { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ });
      expect(csvCell(shape)).toBe(papa);
    },
  );

  it('writes a record with CRLF and empty cells for nothing', () => {
    expect(csvRecord(['a', null, 3, '=x'])).toBe(`a,,3,"'=x"\r\n`);
  });
});
