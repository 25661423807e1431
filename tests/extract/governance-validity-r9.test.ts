import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.ts';
import { both } from './helpers.ts';

/**
 * Governance and validity rules learned from the q4/q5 tuning documents. Each text is an invented phrasing of the
 * form that motivated a rule, read as written and with its line breaks flattened to spaces.
 */

const bodies = (extraction: Extraction) => extraction.fields.governance.bodies.map((body) => body.name);

describe('bodies named in passing', () => {
  it('takes no form label for a body ("Utvalg: …")', () => {
    const text =
      'BYGDEBY KOMMUNE Innkalling Utvalg: Driftsutvalget Møtested: Bystyresalen\n\nVaramedlemmer møter etter avtale.';
    for (const reading of both(text, 'no')) expect(bodies(reading)).toEqual([]);
  });

  it('takes no merger committee whose decision a news text reports', () => {
    const text =
      'Avtalen binder ikke\n\nProfessoren mener at fellesnemnda sitt vedtak står ved lag til noe annet er vedtatt av bystyret.';
    for (const reading of both(text, 'no')) expect(bodies(reading)).toEqual([]);
    const setUp = 'Intensjonsavtale\n\nKommunene skal sammen opprette ei fellesnemnd med ni medlemmer.';
    for (const reading of both(setUp, 'no')) expect(bodies(reading)).toEqual(['fellesnemnd']);
  });

  it("takes no organisation's board written with its abbreviation in brackets", () => {
    const text =
      'Samarbetsavtal\n\nLedamöterna i arbetet utses av Föreningen Västkustens idrottschefers (FVI) styrelse.';
    for (const reading of both(text, 'sv')) expect(bodies(reading)).toEqual([]);
    const own = 'Samarbetsavtal\n\nProjektet leds av en styrelse med fem ledamöter.';
    for (const reading of both(own, 'sv')) expect(bodies(reading)).toEqual(['styrelse']);
  });
});

describe('bodies of the cooperation', () => {
  it('reads a cooperation organ and an officials group', () => {
    const no = 'Mandat\n\nSamarbeidsorganet skal gi råd til partenes ledelse i saker om forskning.';
    for (const reading of both(no, 'no')) expect(bodies(reading)).toEqual(['samarbeidsorganet']);
    const sv =
      'Överenskommelse\n\nStyrgruppen får stöd av en tjänstemannagrupp med en person från varje region.';
    for (const reading of both(sv, 'sv'))
      expect(bodies(reading)).toEqual(['styrgruppen', 'tjänstemannagrupp']);
  });

  it('reads a body the parties set up or say exists, written without a name', () => {
    const no = 'Ny avtale\n\nDet skal opprettes et utvalg som skal utrede en felles ungdomsavdeling.';
    for (const reading of both(no, 'no')) expect(bodies(reading)).toEqual(['utvalg']);
    const sv = '§ 4. Brukarråd\nEtt brukarråd ska finnas med företrädare för skolorna som hyr hallen.';
    for (const reading of both(sv, 'sv')) expect(bodies(reading)).toEqual(['brukarråd']);
    const en =
      'Memorandum of Understanding\n\nThere shall be a joint advisory council made up of two members from each side.';
    for (const reading of both(en, 'en')) expect(bodies(reading)).toEqual(['joint advisory council']);
  });

  it('reads no selection, no body set up in the past and none after an establishing verb alone', () => {
    const no = 'Avtale\n\nDet skal være et utvalg av lokale varer i butikken.';
    for (const reading of both(no, 'no')) expect(bodies(reading)).toEqual([]);
    const en = 'Resolution\n\nWHEREAS, the State established a council on rural roads in 1998; and';
    for (const reading of both(en, 'en')) expect(bodies(reading)).toEqual([]);
    const news = 'Kommuner i samarbeid\n\nBystyret vil etablere et utvalg som skal se på saken.';
    for (const reading of both(news, 'no')) expect(bodies(reading)).toEqual([]);
  });
});

describe('a body known by a proper name', () => {
  it('reads the name a body is known by after its common noun', () => {
    const en =
      'Intergovernmental Agreement\n\nThe towns keep a regional water advisory council (RWAC), known as the Lakeside Water Council (LWC), to advise them.';
    for (const reading of both(en, 'en')) expect(bodies(reading)).toEqual(['Lakeside Water Council (LWC)']);
    const sv =
      'Avsiktsförklaring\n\nKommunerna har ett gemensamt beredningsorgan, nedan kallat Älvdalsrådet.';
    for (const reading of both(sv, 'sv')) expect(bodies(reading)).toEqual(['Älvdalsrådet']);
  });

  it('takes no second name for a body of the cue table', () => {
    const sv = 'Avsiktsförklaring\n\nEn referensgrupp, benämnd Forum Norr, följer arbetet.';
    for (const reading of both(sv, 'sv')) expect(bodies(reading)).toEqual(['referensgrupp']);
  });
});

describe('meetings held per year', () => {
  it('counts meetings that shall be held per year', () => {
    const sv = 'Samarbetsavtal\n\nMinst tre (3) styrgruppsmöten ska hållas per år.';
    for (const reading of both(sv, 'sv')) expect(reading.fields.governance.meetingsPerYear).toBe(3);
    const no = 'Samarbeidsavtale\n\nMinst to ordinære møter skal avholdes per år.';
    for (const reading of both(no, 'no')) expect(reading.fields.governance.meetingsPerYear).toBe(2);
    const en = 'Memorandum of Understanding\n\nAt least four meetings shall be held each year.';
    for (const reading of both(en, 'en')) expect(reading.fields.governance.meetingsPerYear).toBe(4);
  });
});

describe('validity', () => {
  it('starts on the date the last party signs', () => {
    const text =
      'MEMORANDUM OF AGREEMENT\n\nTERM. This Memorandum begins on the date the final party signs it.';
    for (const reading of both(text, 'en')) expect(reading.fields.validity.start).toBe('on-signature');
  });

  it('reads a duration from an end on an anniversary', () => {
    const text =
      'AGREEMENT\n\nTERM. This Agreement shall expire on the third anniversary of the effective date unless renewed.';
    for (const reading of both(text, 'en')) expect(reading.fields.validity.durationMonths).toBe(36);
  });

  it('takes no start from a recital about an agreement made before', () => {
    const text =
      'RESOLUTION 12-34\n\nWHEREAS, effective March 3, 2001, the Town and the College entered into an agreement for shared parking; and WHEREAS, the parties wish to renew the agreement;';
    for (const reading of both(text, 'en')) expect(reading.fields.validity.start).toBeNull();
    const own = 'AGREEMENT\n\nThis Agreement is effective March 3, 2021, and binds the Town and the College.';
    for (const reading of both(own, 'en')) expect(reading.fields.validity.start).toBe('2021-03-03');
  });
});
