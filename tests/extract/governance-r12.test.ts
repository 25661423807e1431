import { describe, expect, it } from 'vitest';
import { both } from './helpers.ts';

const bodies = (text: string, language: 'sv' | 'no' | 'en') =>
  both(text, language).map((reading) => reading.fields.governance.bodies.map((body) => body.name));

describe('governance bodies, round 12', () => {
  it('body-adjective: the adjective between a definite determiner and the body is part of its name (no, sv)', () => {
    const no =
      'Samarbeidsavtale\n\nProsjektleder skal hvert halvår rapportere til den administrative styringsgruppen om framdriften.';
    for (const found of bodies(no, 'no')) expect(found).toEqual(['administrative styringsgruppen']);
    const sv = 'Samarbetsavtal\n\nProjektet leds av den strategiska styrgruppen, som möts varje månad.';
    for (const found of bodies(sv, 'sv')) expect(found).toEqual(['strategiska styrgruppen']);
  });

  it('body-adjective near miss: a numeral or no determiner leaves the body alone', () => {
    const sv = 'Samarbetsavtal\n\nArbetet leds av de tre arbetsgrupperna i regionen.';
    for (const found of bodies(sv, 'sv')) expect(found).toEqual(['arbetsgrupperna']);
    const bare = 'Samarbetsavtal\n\nParterna inrättar en gemensam styrgrupp för arbetet.';
    for (const found of bodies(bare, 'sv')) expect(found).toEqual(['styrgrupp']);
  });
});
