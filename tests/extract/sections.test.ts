import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('document type and title', () => {
  it('takes the full title under a bare document-type heading', () => {
    const text =
      '# Avsiktsförklaring\n\n## Avsiktsförklaring om samverkan mellan A-universitetet och B-regionen.\n\nText.';
    const { fields } = extract(text, 'sv');
    expect(fields.title).toBe('Avsiktsförklaring om samverkan mellan A-universitetet och B-regionen');
    expect(fields.documentType).toBe('letter-of-intent');
  });

  it('joins a cover page and a wrapped title line', () => {
    const cover =
      'RAMMEAVTALE\nom samarbeid mellom Nord universitet og Helse Nord RHF\n\nSaksnummer: 19/02231\n\nTekst.';
    expect(extract(cover, 'no').fields.title).toBe(
      'Rammeavtale om samarbeid mellom Nord universitet og Helse Nord RHF',
    );
    expect(extract(cover, 'no').fields.documentType).toBe('cooperation-agreement');
  });

  it('recognises a news article by its headline, publication line and reported speech', () => {
    const text =
      'UiB og Equinor signerte ny forskningsavtale\n\nPublisert 12.03.2019\n\nUiB og Equinor har signert en avtale.\n\n- Viktig dag, sa Olsen.';
    const { fields } = extract(text, 'no');
    expect(fields.documentType).toBe('news-article');
    expect(fields.title).toBe('UiB og Equinor signerte ny forskningsavtale');
  });

  it('is "other" when nothing says what the document is', () => {
    expect(extract('Minnesanteckningar\n\nVi träffades.', 'sv').fields.documentType).toBe('other');
  });
});

describe('purposes', () => {
  it('takes purpose sentences from a purpose section, not the process sentences', () => {
    const text = [
      'Syfte',
      'Denna avsiktsförklaring beskriver en inriktning för att stärka samverkan. Syftet med avsiktsförklaringen är att',
      'tydliggöra samarbetet. Samarbetsområden och aktiviteter skall utvecklas efter behov.',
      '',
      'Regional utveckling',
      'Parterna vill utveckla regionen.',
    ].join('\n');
    expect(extract(text, 'sv').fields.purposes).toEqual([
      'Denna avsiktsförklaring beskriver en inriktning för att stärka samverkan.',
      'Syftet med avsiktsförklaringen är att tydliggöra samarbetet.',
    ]);
  });

  it('finds stated purposes anywhere in English and Norwegian, but not in quotes', () => {
    const en =
      'News\n\nA and B have signed a letter of intent to strengthen research. – We want to grow, says C.';
    expect(extract(en, 'en').fields.purposes).toEqual([
      'A and B have signed a letter of intent to strengthen research.',
    ]);
    const no = 'Avtale\n\nPartene har til hensikt å styrke utdanningen. Avtalen ble signert i dag.';
    expect(extract(no, 'no').fields.purposes).toEqual(['Partene har til hensikt å styrke utdanningen.']);
  });
});

describe('cooperation areas', () => {
  it('uses the topic headings of an agreement body', () => {
    const text = [
      'Syfte',
      'Syftet är att parterna ska samverka långsiktigt.',
      '',
      'Regional utveckling',
      'Parterna ska gemensamt planera satsningar för länets utveckling.',
      '',
      'Infrastruktur',
      'Samverkan kan avse planering av byggnader och laboratorier.',
      '',
      'Giltighet',
      'Avtalet gäller tills vidare.',
    ].join('\n');
    expect(extract(text, 'sv').fields.cooperationAreas).toEqual(['Regional utveckling', 'Infrastruktur']);
  });

  it('splits an inline enumeration, keeping fixed phrases whole', () => {
    const text =
      'News\n\nThe university and the municipalities want to enhance their cooperation in skills development, health and care, education and research, development and innovation, in order to grow.';
    expect(extract(text, 'en').fields.cooperationAreas).toEqual([
      'skills development',
      'health and care',
      'education',
      'research, development and innovation',
    ]);
  });

  it('takes the bullet list under an areas heading', () => {
    const text =
      'Samarbeidsområder\n\n- Helse og omsorg\n- Klima og bærekraft\n\nVarighet\nAvtalen gjelder i to år.';
    expect(extract(text, 'no').fields.cooperationAreas).toEqual(['Helse og omsorg', 'Klima og bærekraft']);
  });
});
