import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/**
 * `francAll(text, { only, minLength })` as franc 6 computes it, faster for the text it mostly sees here:
 * franc first finds the script most of the text is written in by running ~30 script regexes over it, then
 * counts its trigrams in an object used as a dictionary. When more than half of the text is Latin letters
 * no other script can have more, so only the Latin regex runs, and the trigrams are counted in a Map; every
 * other text goes to franc itself. The arithmetic and the order of the answer are franc's, so the scores
 * are the same numbers (issue 12: franc took ~4 % of the CPU of 240 plain-text documents).
 */
export function francLatin(
  text: string,
  only: readonly string[],
  minLength: number,
): [language: string, score: number][] {
  if (!text || text.length < minLength) return francAll(text, { only: [...only], minLength });
  const value = text.slice(0, MAX_LENGTH);
  const latin = value.match(LATIN)?.length ?? 0;
  if (latin * 2 <= value.length) return francAll(text, { only: [...only], minLength });
  const models = latinModels(only);
  if (models.length === 0) return francAll(text, { only: [...only], minLength });
  const tuples = trigramTuples(value);
  const distances: [string, number][] = models.map(([language, model]) => {
    let distance = 0;
    for (const [trigram, count] of tuples) {
      const weight = model.get(trigram);
      let difference = MAX_DIFFERENCE;
      if (weight !== undefined) {
        difference = count - weight - 1;
        if (difference < 0) difference = -difference;
      }
      distance += difference;
    }
    return [language, distance];
  });
  distances.sort(byCount);
  const min = distances[0]?.[1] ?? 0;
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}

/** franc's sample length and the distance of a trigram its model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const LATIN = expressions.Latin as RegExp;

function byCount(a: [string, number], b: [string, number]): number {
  return a[1] - b[1];
}

/** The Latin-script models franc keeps for `only`, in franc's order: trigram → rank. */
const modelsByOnly = new Map<string, [string, Map<string, number>][]>();

function latinModels(only: readonly string[]): [string, Map<string, number>][] {
  const key = only.join(',');
  let models = modelsByOnly.get(key);
  if (models === undefined) {
    models = [];
    for (const [language, trigrams] of Object.entries(data.Latin ?? {})) {
      if (only.length > 0 && !only.includes(language)) continue;
      const list = trigrams.split('|');
      const model = new Map<string, number>();
      // As franc builds it: from the end, so a trigram listed twice keeps its first rank.
      for (let weight = list.length - 1; weight >= 0; weight--) model.set(list[weight] as string, weight);
      models.push([language, model]);
    }
    modelsByOnly.set(key, models);
  }
  return models;
}

/**
 * trigram-utils' `asTuples`: the trigrams of the cleaned text padded with a space on each side, with their
 * counts, in order of first occurrence, then stably sorted by count.
 */
function trigramTuples(value: string): [string, number][] {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= cleaned.length; index++) {
    const trigram = cleaned.slice(index, index + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return [...counts].sort(byCount);
}
