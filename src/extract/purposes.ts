import type { EvidenceSpan } from '../schema/letter-of-intent.ts';
import type { Context, FieldResult } from './context.ts';
import { gather, re } from './patterns.ts';
import { evidenceInBlock, sentences } from './text.ts';

/** Reported speech in news text opens with a dash or quote; a quoted wish is not the agreement's purpose. */
const QUOTE_START = /^["“”«–—-]/u;

/** Purpose statements: every sentence with a strong purpose cue, and cue-bearing sentences of a purpose section. */
export function extractPurposes(ctx: Context): FieldResult<string[]> {
  const strong = gather(ctx.sets, (cues) => cues.purposeCues).map((source) => re(source));
  // Weak cues are short ("to", "för att") and collide across languages ("to ganger"): only the document's own count.
  const weakSets = ctx.language === 'und' ? ctx.sets : ctx.sets.slice(0, 1);
  const weak = gather(weakSets, (cues) => cues.purposeSectionCues).map((source) => re(source));
  const value: string[] = [];
  const spans: EvidenceSpan[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'heading') continue;
    const inSection = ctx.sectionOf[block.index] === 'purpose';
    for (const sentence of sentences(block, ctx.abbreviations)) {
      if (QUOTE_START.test(sentence.text)) continue;
      const isPurpose =
        strong.some((cue) => cue.test(sentence.text)) ||
        (inSection && weak.some((cue) => cue.test(sentence.text)));
      // OCR specks after the final period ("… omstillingsevne. |") are not part of the sentence.
      const text = sentence.text.replace(/\s+[|'‘’_~=-]+$/u, '');
      if (!isPurpose || value.includes(text)) continue;
      value.push(text);
      spans.push(evidenceInBlock(ctx.doc, block, sentence.start, sentence.start + text.length));
    }
  }
  const evidence: Record<string, EvidenceSpan[]> = {};
  spans.forEach((span, index) => {
    evidence[`purposes[${index}]`] = [span];
  });
  return { value, evidence, warnings: [] };
}
