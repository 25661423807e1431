import type { LanguageCode } from '../schema/letter-of-intent.ts';
import type { DetectOptions, LanguageGuess } from './model.ts';

/** The language of a whole document and of each of its pages. */
export interface DocumentLanguage extends LanguageGuess {
  pages: { number: number; language: LanguageCode; confidence: number }[];
  /** For the document's `warnings`: pages in another language, Danish text, an unsure answer. */
  warnings: string[];
}

/**
 * A page needs this many letters before its own language counts as "this page is in another language":
 * a page holding only a signature block or an English address would otherwise raise false warnings.
 */
const MIN_PAGE_LETTERS = 200;

type Detect = (text: string, options?: DetectOptions) => LanguageGuess;

/** Detects the language of each page and of the whole document; warns when pages differ from the main one. */
export function detectPagesWith(
  detect: Detect,
  pages: readonly { number: number; text: string }[],
  options: DetectOptions = {},
): DocumentLanguage {
  const perPage = pages.map((page) => ({ page, guess: detect(page.text, options) }));
  const whole = detect(pages.map((page) => page.text).join('\n\n'), options);
  const warnings: string[] = [];
  let { language, confidence } = whole;
  if (language === 'und') {
    // The whole text was unsure; fall back to the language holding the most confidently detected text.
    const letters = new Map<LanguageCode, number>();
    for (const { page, guess } of perPage)
      if (guess.language !== 'und')
        letters.set(guess.language, (letters.get(guess.language) ?? 0) + page.text.length);
    const best = [...letters].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      language = best[0];
      confidence = Math.min(
        ...perPage.filter((p) => p.guess.language === language).map((p) => p.guess.confidence),
      );
    }
  }
  if (whole.candidates[0]?.language === 'da')
    warnings.push('language: the text looks Danish, reported as und');
  else if (language === 'und' && pages.some((page) => page.text.trim().length > 0))
    warnings.push('language: could not tell the language of the document');
  const others = new Map<LanguageCode, number[]>();
  for (const { page, guess } of perPage) {
    const letterCount = page.text.replace(/[^\p{L}]/gu, '').length;
    if (guess.language === 'und' || guess.language === language || letterCount < MIN_PAGE_LETTERS) continue;
    others.set(guess.language, [...(others.get(guess.language) ?? []), page.number]);
  }
  for (const [other, numbers] of others)
    warnings.push(
      `language: ${numbers.length === 1 ? 'page' : 'pages'} ${numbers.join(', ')} ${numbers.length === 1 ? 'is' : 'are'} in ${other}, the document is mainly ${language}`,
    );
  return {
    language,
    confidence,
    candidates: whole.candidates,
    pages: perPage.map(({ page, guess }) => ({
      number: page.number,
      language: guess.language,
      confidence: guess.confidence,
    })),
    warnings,
  };
}
