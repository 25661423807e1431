import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('governance', () => {
  it('names bodies with their mandate and counts meetings a year (sv)', () => {
    const text =
      'Uppföljning\nEn styrgrupp ska tillsättas med uppdrag att samordna samarbetet. Ledningsdialogen ska genomföras två gånger per år och följas upp en gång per år.';
    const { governance } = extract(text, 'sv').fields;
    expect(governance.bodies).toEqual([{ name: 'styrgrupp', mandate: 'samordna samarbetet' }]);
    expect(governance.meetingsPerYear).toBe(2);
  });

  it('reads Norwegian and English frequencies and who is responsible for follow-up', () => {
    expect(
      extract('Det opprettes en styringsgruppe som skal møtes to ganger i året.', 'no').fields.governance,
    ).toMatchObject({
      bodies: [{ name: 'styringsgruppe' }],
      meetingsPerYear: 2,
    });
    const en =
      'A joint steering committee shall meet quarterly. The Head of Research at the University shall be responsible for follow-up.';
    expect(extract(en, 'en').fields.governance).toMatchObject({
      bodies: [{ name: 'joint steering committee' }],
      meetingsPerYear: 4,
      responsible: ['Head of Research'],
    });
  });

  it('stays empty when the document names no governance', () => {
    expect(extract('Avtale\n\nPartene vil samarbeide.', 'no').fields.governance).toEqual({
      bodies: [],
      meetingsPerYear: null,
      responsible: [],
    });
  });
});

describe('validity', () => {
  it('reads on-signature, until-terminated and a notice period in months (sv)', () => {
    const text =
      'Giltighet\nAvtalet skall gälla från undertecknandet till dess att det sägs upp av endera parten med tre månaders varsel.';
    expect(extract(text, 'sv').fields.validity).toEqual({
      start: 'on-signature',
      end: 'until-terminated',
      durationMonths: null,
      noticePeriodMonths: 3,
    });
  });

  it('reads durations written "three (3) years" and notice in days (en)', () => {
    const text =
      "Term\nThis MOU shall enter into force upon signature and remain in force for a period of three (3) years. Either Party may terminate it with 60 days' written notice.";
    expect(extract(text, 'en').fields.validity).toEqual({
      start: 'on-signature',
      end: null,
      durationMonths: 36,
      noticePeriodMonths: 2,
    });
  });

  it('reads start and end dates (no)', () => {
    const text = 'Varighet\nAvtalen gjelder fra 1. januar 2020 til 31. desember 2024.';
    expect(extract(text, 'no').fields.validity).toMatchObject({
      start: '2020-01-01',
      end: '2024-12-31',
      durationMonths: null,
    });
  });

  it('reads "i første omgang en varighet på to år" as 24 months', () => {
    expect(
      extract('Avtalen, som i første omgang har en varighet på to år, er signert.', 'no').fields.validity
        .durationMonths,
    ).toBe(24);
  });
});
