import type { TextPage } from '../pipeline/page.ts';
import type { EvidenceSpan, LanguageCode } from '../schema/letter-of-intent.ts';
import { cueSets, type LanguageCues } from './cues/index.ts';
import { anyOf, gather, perCueSets, re } from './patterns.ts';
import { type Block, buildDoc, type Doc } from './text.ts';

/** The roles a section heading can have; `body` is any other heading (a cooperation area in agreements). */
export type SectionRole =
  | 'purpose'
  | 'areas'
  | 'governance'
  | 'validity'
  | 'parties'
  | 'signatures'
  | 'administrative'
  | 'body';

/** What every extractor gets: the document, the cue sets (detected language first) and section roles. */
export interface Context {
  doc: Doc;
  language: LanguageCode;
  sets: LanguageCues[];
  abbreviations: Set<string>;
  /** For each block index, the role of the section it is in (`null` before the first heading). */
  sectionOf: (SectionRole | null)[];
  /** The role of each heading block, by block index. */
  headingRole: Map<number, SectionRole>;
}

/** What an extractor returns: the value, evidence by field path, and warnings. */
export interface FieldResult<T> {
  value: T;
  evidence: Record<string, EvidenceSpan[]>;
  warnings: string[];
}

const ROLE_ORDER: Exclude<SectionRole, 'body'>[] = [
  'purpose',
  'areas',
  'governance',
  'validity',
  'parties',
  'signatures',
  'administrative',
];

/** Builds the shared context for one document. */
export function buildContext(pages: readonly TextPage[], language: LanguageCode): Context {
  const doc = buildDoc(pages);
  const sets = cueSets(language);
  const abbreviations = new Set(gather(sets, (cues) => cues.abbreviations));
  const headingRole = new Map<number, SectionRole>();
  const sectionOf: (SectionRole | null)[] = [];
  let current: SectionRole | null = null;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') {
      current = headingRoleOf(headingText(block), sets);
      headingRole.set(block.index, current);
    }
    sectionOf.push(current);
  }
  return { doc, language, sets, abbreviations, sectionOf, headingRole };
}

/** A heading's text without its number ("2. Syfte" → "Syfte", "Article 1 – Scope" → "Scope"). */
export function headingText(block: Block): string {
  return block.norm.text
    .replace(
      /^(?:(?:article|artikel|artikkel|§|section|punkt)\s*)?\d{1,2}(?:\.\d{1,2})*[.)]?\s*(?:[–-]\s*)?/iu,
      '',
    )
    .trim();
}

/**
 * True when a line is a labelled field ("Reference: LOI-2018-07", "Dnr 3763-16", "Date: 21 June 2018"): a
 * registration number, a date or an organisation number is document metadata, never a section or a topic.
 * The value must be a number-like token, so a topic that merely starts with a label word ("Updated curricula") is kept.
 */
export function isFieldLine(text: string, sets: readonly LanguageCues[]): boolean {
  return perCueSets(sets, 'context.fieldLine', () => {
    const labels = anyOf(
      gather(sets, (cues) => [...cues.referenceLabels, ...cues.dateLabels, ...cues.orgNumberLabels]),
    );
    return re(`^${labels}(?![\\p{L}])\\s*[:.]?\\s*(?:\\p{L}{1,8}\\s+)?[\\p{L}\\d./-]*\\d`);
  }).test(text.trim());
}

/** Classifies a heading by the cue lists; the first role whose cue starts a word in the heading wins. */
export function headingRoleOf(text: string, sets: readonly LanguageCues[]): SectionRole {
  if (isFieldLine(text, sets)) return 'administrative';
  const roles = perCueSets(sets, 'context.headingRoles', () =>
    ROLE_ORDER.map((role) => ({
      role,
      regex: re(`(?:^|\\s)${anyOf(gather(sets, (cues) => cues.headings[role]))}(?![\\p{L}])`),
    })),
  );
  for (const { role, regex } of roles) if (regex.test(text)) return role;
  return 'body';
}
