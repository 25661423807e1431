import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/index.ts';
import { unwrapPages } from '../../src/text/unwrap.ts';

const unwrapLines = (text: string): string => unwrapPages([text])[0] as string;

import { extract } from '../extract/helpers.ts';
import { makePdf } from '../helpers/pdf.ts';

/** An invented page set at a 60-character measure, as a PDF's text layer gives it. */
const WRAPPED = [
  'Avsiktsförklaring om samverkan kring besöksnäring mellan',
  'Storvika kommun, Region Nordmark och Nordmarks',
  'turistförening',
  'Publicerad: 3 mars 2022',
  '1. Parter',
  'Storvika kommun, Region Nordmark och Nordmarks turistförening',
  'är överens om att gemensamt utveckla en hållbar besöksnäring',
  'i fjällområdet under de kommande fyra åren.',
  '- gemensam marknadsföring av vandringsleder och stugor',
  '- ett årligt möte mellan parternas ledningar i Storvika',
].join('\n');

describe('unwrapLines', () => {
  const unwrapped = unwrapLines(WRAPPED);
  const lines = unwrapped.split('\n');

  it('keeps the length, so offsets into the text hold', () => {
    expect(unwrapped).toHaveLength(WRAPPED.length);
  });

  it('joins a line the margin broke to the next one', () => {
    expect(lines[0]).toBe(
      'Avsiktsförklaring om samverkan kring besöksnäring mellan Storvika kommun, Region Nordmark och Nordmarks turistförening',
    );
    expect(lines).toContain(
      'Storvika kommun, Region Nordmark och Nordmarks turistförening är överens om att gemensamt utveckla en hållbar besöksnäring i fjällområdet under de kommande fyra åren.',
    );
  });

  it('keeps the breaks of short lines, labels, numbered headings and list items', () => {
    expect(lines).toContain('Publicerad: 3 mars 2022');
    expect(lines).toContain('1. Parter');
    expect(lines).toContain('- gemensam marknadsföring av vandringsleder och stugor');
    expect(lines.at(-1)).toBe('- ett årligt möte mellan parternas ledningar i Storvika');
  });

  it('measures a line in capitals by the width its letters take', () => {
    // Invented: a heading in capitals wraps at fewer characters than the prose that sets the measure.
    const page = [
      'SAMVERKANSAVTAL MELLAN NORDMARKS KOMMUN OCH',
      'STORVIKA KOMMUN OCH FJÄLLBYGDENS KOMMUN OM TURISM',
      'Detta avtal reglerar hur parterna gemensamt ska utveckla',
      'besöksnäringen i fjällområdet, med leder, stugor och en',
      'gemensam bokning som alla tre kommunerna står bakom nu.',
    ].join('\n');
    const out = unwrapLines(page).split('\n');
    expect(out[0]).toBe(
      'SAMVERKANSAVTAL MELLAN NORDMARKS KOMMUN OCH STORVIKA KOMMUN OCH FJÄLLBYGDENS KOMMUN OM TURISM',
    );
    // The heading in capitals ends where the text in small letters begins, however wide it is set.
    expect(out[1]).toMatch(/^Detta avtal/u);
  });

  it('measures a page of signature lines by the prose pages before it', () => {
    const signatures = [
      'Avtalen er signert i to eksemplar.',
      'Fjordheim, 14.06.2022',
      'For Fjordheim kommune For Nordfjell IL',
    ].join('\n');
    const [, last] = unwrapPages([WRAPPED, signatures]);
    expect(last).toBe(signatures);
  });

  it('leaves a page without a measure (few or short lines) as it is', () => {
    expect(unwrapLines('Storvika kommun\nRegion Nordmark\nAvtal')).toBe(
      'Storvika kommun\nRegion Nordmark\nAvtal',
    );
    const table = ['Part', 'Storvika kommun', 'Region Nordmark', 'Nordmarks turistförening', 'Ort'].join(
      '\n',
    );
    expect(unwrapLines(table)).toBe(table);
  });

  it('gives the extractor the title and parties the typed text gives', () => {
    const typed = [
      'Avsiktsförklaring om samverkan kring besöksnäring mellan Storvika kommun, Region Nordmark och Nordmarks turistförening',
      'Publicerad: 3 mars 2022',
      '1. Parter',
      'Storvika kommun, Region Nordmark och Nordmarks turistförening är överens om att gemensamt utveckla en hållbar besöksnäring i fjällområdet under de kommande fyra åren.',
    ].join('\n');
    const fromTyped = extract(typed, 'sv').fields;
    const fromWrapped = extract(unwrapLines(WRAPPED), 'sv').fields;
    expect(fromWrapped.title).toBe(fromTyped.title);
    expect(fromWrapped.parties.map((party) => party.name)).toEqual(
      fromTyped.parties.map((party) => party.name),
    );
    expect(fromTyped.parties.map((party) => party.name).sort()).toEqual([
      'Nordmarks turistförening',
      'Region Nordmark',
      'Storvika kommun',
    ]);
  });
});

describe('a text-layer PDF set by a layout program', () => {
  it('hands the extractor its paragraphs, not the lines the page width made', async () => {
    const paragraphs = [
      'SAMVERKANSAVTAL',
      'Detta avtal om samverkan kring kollektivtrafik och cykelvägar har slutits mellan Storvika kommun och Region Nordmark.',
      'Syftet med avtalet är att parterna tillsammans ska göra det enklare att resa hållbart mellan Storvika och Nordmarks övriga kommuner.',
    ];
    const bytes = await makePdf([paragraphs.join('\n')]);
    const result = await extractDocument({ name: 'wrapped.pdf', bytes }, { includeText: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.source.textSource).toBe('text-layer');
    const lines = (result.document.pages ?? []).flatMap((page) =>
      page.text.split('\n').map((line) => line.trim()),
    );
    expect(lines).toEqual(expect.arrayContaining(paragraphs));
    expect(result.document.parties.map((party) => party.name)).toEqual([
      'Storvika kommun',
      'Region Nordmark',
    ]);
    expect(result.document.purposes).toEqual([paragraphs[2]]);
  });
});
