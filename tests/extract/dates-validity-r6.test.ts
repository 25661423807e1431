import { describe, expect, it } from 'vitest';
import { both, extract } from './helpers.ts';

/**
 * Date and validity forms seen in documents nobody here wrote (a US records system's agreement, a sports club's
 * news post, a municipality's page about its agreement). Each text is an invented phrasing modelled on a real
 * one; a rule that does not depend on the layout is read as written and flattened.
 */

describe('dates', () => {
  it('reads a US slashed date month first, and a part above 12 as the day in any order', () => {
    const us =
      'MEMORANDUM OF UNDERSTANDING\n\nThis Agreement is made and entered into on 04/07/2024 by and between the City of Lakeside ("City") and the Lakeside School District ("District").';
    for (const reading of both(us, 'en')) expect(reading.fields.date).toBe('2024-04-07');
    const dayFirst =
      'Samarbeidsavtale\n\nAvtalen ble inngått 04/07/2024 mellom Nordby kommune og Nordby idrettslag.';
    for (const reading of both(dayFirst, 'no')) expect(reading.fields.date).toBe('2024-07-04');
    const unambiguous = us.replace('04/07/2024', '17/04/2024');
    for (const reading of both(unambiguous, 'en')) expect(reading.fields.date).toBe('2024-04-17');
  });

  it('reads a date whose comma OCR glued to the year ("Dec 04,2013 18:43 CET")', () => {
    const text =
      'Alby kommun\n\nAlby första kommun att teckna samverkansavtal med högskolan\n\nPressmeddelande * Dec 04,2013 18:43 CET\n\nOnsdagen tecknade Alby kommun ett samarbetsavtal med högskolan.';
    expect(extract(text, 'sv').fields.date).toBe('2013-12-04');
  });

  it('reads an ordinal the typist spaced ("this 21 st day of December, 2009")', () => {
    const text =
      'COOPERATIVE AGREEMENT\n\nThis Cooperative Agreement is hereby entered into this 21 st day of December, 2009 by and between the City of Lakeside ("City") and the Lakeside Unified School District ("District").';
    for (const reading of both(text, 'en')) expect(reading.fields.date).toBe('2009-12-21');
  });

  it('takes the date of a byline that names its writer between label and date', () => {
    // A label opens its line (a "dated" inside a sentence may date another document), so this reads the lines.
    const no =
      'Samarbeid mellom IL Nord og Sør Friidrett\n\nPostet av IL Nord den 20. mai 2016\n\nIL Nord og Sør Friidrett har inngått en avtale om samarbeid.';
    expect(extract(no, 'no').fields.date).toBe('2016-05-20');
    const en =
      'City and college sign agreement\n\nPosted by Web Editor on March 3, 2015\n\nThe city and the college signed an agreement on Monday.';
    expect(extract(en, 'en').fields.date).toBe('2015-03-03');
  });

  it('takes a publication stamp in brackets on a line of its own', () => {
    const text =
      'Region Nord\n\nNord och Syd fördjupar samverkan\n\n[2020-06-03]\n\nRegion Nord och Region Syd skriver under en avsiktsförklaring om samarbete.';
    expect(extract(text, 'sv').fields.date).toBe('2020-06-03');
    // A bracketed date inside a sentence is no stamp.
    const inside =
      'Avsiktsförklaring\n\nRegion Nord och Region Syd (som möttes [2020-06-03] i Borby) samarbetar.';
    expect(extract(inside, 'sv').fields.date).toBeNull();
  });
});

describe('publication stamps in text without line breaks', () => {
  it('reads a stamp with its clock time, in brackets, before a separator, or in a byline, and ends the title there', () => {
    const clock =
      'Samverkan med idrottsförbundet för bättre hälsa i Norrland 2022-04-27 16:18 Regionen och idrottsförbundet har tecknat en avsiktsförklaring.';
    const bracketed =
      'Norrland och Söderland fördjupar samverkan [2020-06-03] Region Norrland och Region Söderland skriver under en avsiktsförklaring.';
    const separated =
      'Nytt samarbete mellan Alby kommun och Brottsofferjouren i Alby 1 juli 2019 | Det är ett nytt avtal som gäller från idag.';
    for (const [text, date, title] of [
      [clock, '2022-04-27', 'Samverkan med idrottsförbundet för bättre hälsa i Norrland'],
      [bracketed, '2020-06-03', 'Norrland och Söderland fördjupar samverkan'],
      [separated, '2019-07-01', 'Nytt samarbete mellan Alby kommun och Brottsofferjouren i Alby'],
    ] as const) {
      const fields = extract(text, 'sv').fields;
      expect(fields.date, text).toBe(date);
      expect(fields.title, text).toBe(title);
    }
    const byline =
      'Samarbeid mellom IL Nord og Sør Friidrett  Postet av IL Nord-77 den 20. mai 2016  IL Nord og Sør Friidrett har inngått en avtale om samarbeid.';
    expect(extract(byline, 'no').fields.date).toBe('2016-05-20');
  });
});

describe('validity', () => {
  it('reads a duration said of the agreement as an adjective ("Avtalet är fyraårigt", "Avtalen er treårig")', () => {
    const sv =
      'Samverkansavtal\n\nKommunen och universitetet har ett samverkansavtal. Avtalet är fyraårigt och gäller till 2020.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.validity.durationMonths).toBe(48);
    const no = 'Samarbeidsavtale\n\nAvtalen er treårig og skal evalueres underveis.';
    for (const reading of both(no, 'no')) expect(reading.fields.validity.durationMonths).toBe(36);
  });

  it('reads a renewal done for N more years, but not one the agreement only allows', () => {
    const no =
      'Ny avtale\n\nAvtalen mellom de to partene ble først inngått i 2012, og er nå forlenget for tre nye år.';
    for (const reading of both(no, 'no')) expect(reading.fields.validity.durationMonths).toBe(36);
    const en = 'Agreement renewed\n\nThe agreement has been renewed for two more years.';
    for (const reading of both(en, 'en')) expect(reading.fields.validity.durationMonths).toBe(24);
    const allowed = 'Agreement\n\nThe agreement may be extended for two additional years.';
    for (const reading of both(allowed, 'en')) expect(reading.fields.validity.durationMonths).toBeNull();
  });

  it('reads "effective DATE" and "for the period of DATE - DATE" in a US record', () => {
    const effective =
      'Agenda item\n\nApprove and authorize the Chairman to execute a Memorandum of Understanding with Lakeside College for clinical placements, effective March 28, 2022, not to exceed five years.';
    for (const reading of both(effective, 'en')) expect(reading.fields.validity.start).toBe('2022-03-28');
    const period =
      'MEMORANDUM OF AGREEMENT\n\nThese two parties pledge their commitment for the period of October 1, 2013 - September 30, 2014 towards the goals of the plan.';
    for (const reading of both(period, 'en')) {
      expect(reading.fields.validity.start).toBe('2013-10-01');
      expect(reading.fields.validity.end).toBe('2014-09-30');
    }
  });

  it('reads "gjelder fra dags dato" as from signature', () => {
    const no =
      'Samarbeidsavtale\n\n4. Varighet\n\nDenne avtalen gjelder fra dags dato og inntil den blir sagt opp av en av partene.';
    for (const reading of both(no, 'no')) {
      expect(reading.fields.validity.start).toBe('on-signature');
      expect(reading.fields.validity.end).toBe('until-terminated');
    }
  });
});
