import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

// Invented phrasings that mirror real public pages the rules had not seen (issue #11, fresh set fa2).
const title = (text: string, language: 'sv' | 'no' | 'en') => extract(text, language).fields.title;

describe('titles behind page furniture and captions', () => {
  it('skips an image alt text without a period: the headline is the line that shares words with the lead', () => {
    const text =
      'Två personer skakar hand framför en skylt\n\nHögskolan och regionen i nytt samarbete för framtidens kompetens\n\nUnder tisdagen skrevs ett nytt samarbetsavtal under mellan Högskolan i Norrby och Region Norrby. Avtalet ska stärka kompetensförsörjningen i länet.';
    expect(title(text, 'sv')).toBe('Högskolan och regionen i nytt samarbete för framtidens kompetens');
  });

  it('keeps the first line when both short lines share words with the lead', () => {
    const text =
      'Norrby kommun och högskolan\n\nNytt avtal om samverkan\n\nNorrby kommun och Högskolan i Norrby har tecknat ett nytt avtal om samverkan kring utbildning och forskning i regionen.';
    expect(title(text, 'sv')).toBe('Norrby kommun och högskolan');
  });

  it('skips a quoted leftover run together with a skip link in a text without line breaks', () => {
    const text =
      '"True" Hoppa direkt till innehållet printicon Huvudmenyn dold. Publicerad: 2012-03-14 Avtal om samverkan kring vattenfrågor undertecknat NYHET Norrby universitet och Länsstyrelsen i Norrby har undertecknat en överenskommelse om samverkan.';
    expect(title(text, 'sv')).toBe('Avtal om samverkan kring vattenfrågor undertecknat');
  });
});
