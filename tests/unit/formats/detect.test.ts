import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/formats/index.ts';
import { xmlRootName } from '../../../src/formats/detect.ts';

describe('format detection', () => {
  it('trusts conclusive content over the extension', () => {
    expect(detectFormat('\uFEFF  {"schemaVersion":1}', 'x.csv')).toBe('json');
    expect(
      detectFormat('<?xml version="1.0"?>\n<!-- c --><gexf xmlns="http://gexf.net/1.3"/>', 'g.xml'),
    ).toBe('gexf');
    expect(detectFormat('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>')).toBe(
      'graphml',
    );
  });

  it('falls back to the extension, then to a CSV header line', () => {
    expect(detectFormat('Source,Target\na,b', 'edges.CSV')).toBe('csv');
    expect(detectFormat('Source;Target\na;b')).toBe('csv');
    expect(detectFormat('<svg/>', 'picture.xml')).toBeUndefined();
    expect(detectFormat('just some words')).toBeUndefined();
  });

  it('an unterminated comment, declaration or PI before the root ends the search (found by fuzzing: it looped)', () => {
    expect(xmlRootName('<?xml version="1.0"?>\n<!-- never closed --<graphml>')).toBeUndefined();
    expect(xmlRootName('<?xml never closed <gexf>')).toBeUndefined();
    expect(xmlRootName('<!DOCTYPE never closed <gexf')).toBeUndefined();
    expect(detectFormat('<!-- x --<graphml>', 'a.graphml')).toBe('graphml');
  });
});
