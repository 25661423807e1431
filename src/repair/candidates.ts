import { type Confusion, confusionRule } from './confusions.ts';

/** One way to read a token: the text and what it took to get there. */
export interface Candidate {
  text: string;
  cost: number;
  /** Confusion rules applied, in order of position. */
  rules: string[];
}

interface Site {
  start: number;
  end: number;
  entry: Confusion;
}

/**
 * Bounds on the search: OCR rarely garbles more than three spots in one word, and a word that needs more
 * is better left for a human than guessed at.
 */
export const MAX_EDITS = 3;
/** Upper bound on generated candidates per token, to keep a pathological token from costing seconds. */
const MAX_CANDIDATES = 1500;

/**
 * Every reading of `token` reachable by up to `maxEdits` non-overlapping confusions within `maxCost`, at
 * most `limit` of them (fewer edits first along each branch).
 */
export function confusionCandidates(
  token: string,
  confusions: readonly Confusion[],
  maxEdits: number,
  maxCost: number,
  limit = MAX_CANDIDATES,
): Candidate[] {
  const sites: Site[] = [];
  for (const entry of confusions) {
    let at = token.indexOf(entry.noisy);
    while (at !== -1) {
      sites.push({ start: at, end: at + entry.noisy.length, entry });
      at = token.indexOf(entry.noisy, at + 1);
    }
  }
  sites.sort((a, b) => a.start - b.start || a.end - b.end);
  const results: Candidate[] = [];
  const chosen: Site[] = [];
  const walk = (from: number, cost: number): void => {
    if (results.length >= limit) return;
    if (chosen.length > 0) results.push(render(token, chosen, cost));
    if (chosen.length >= maxEdits) return;
    const lastEnd = chosen.length > 0 ? (chosen[chosen.length - 1]?.end ?? 0) : 0;
    for (let index = from; index < sites.length; index++) {
      const site = sites[index];
      if (!site || site.start < lastEnd || cost + site.entry.cost > maxCost) continue;
      chosen.push(site);
      walk(index + 1, cost + site.entry.cost);
      chosen.pop();
    }
  };
  walk(0, 0);
  return results;
}

function render(token: string, sites: readonly Site[], cost: number): Candidate {
  let text = '';
  let at = 0;
  for (const site of sites) {
    text += token.slice(at, site.start) + site.entry.clean;
    at = site.end;
  }
  text += token.slice(at);
  return { text, cost, rules: sites.map((site) => confusionRule(site.entry)) };
}

/**
 * Readings one letter away by a substitution OCR plausibly makes: a letter for another of the same shape
 * group, or any letter for a character the language does not write. The fallback for long words that no
 * listed confusion explains, e.g. `interrationellt`.
 */
export function editCandidates(
  token: string,
  alphabet: string,
  shapeGroups: readonly string[],
  cost: number,
): Candidate[] {
  const results: Candidate[] = [];
  const letters = [...new Set(alphabet.toLowerCase())];
  for (let index = 0; index < token.length; index++) {
    const char = token.charAt(index);
    const similar = shapeGroups.filter((group) => group.includes(char)).join('');
    const options = alphabet.includes(char) ? [...new Set(similar)] : letters;
    for (const letter of options) {
      if (letter === char || !alphabet.includes(letter)) continue;
      results.push({
        text: token.slice(0, index) + letter + token.slice(index + 1),
        cost,
        rules: ['edit:substitute'],
      });
    }
  }
  return results;
}

/** Readings where each stray mark (`¡`, `¿`, `<`, …) stands for one or two letters, e.g. `rekr¡era`. */
export function strayMarkCandidates(
  token: string,
  strayMark: RegExp,
  alphabet: string,
  cost: number,
): Candidate[] {
  const match = strayMark.exec(token);
  if (!match) return [];
  const letters = [...new Set(alphabet.toLowerCase())];
  const before = token.slice(0, match.index);
  const after = token.slice(match.index + match[0].length);
  const results: Candidate[] = [];
  for (const first of letters) {
    results.push({ text: before + first + after, cost, rules: ['stray-mark'] });
    for (const second of letters) {
      results.push({ text: before + first + second + after, cost, rules: ['stray-mark'] });
    }
  }
  return results;
}
