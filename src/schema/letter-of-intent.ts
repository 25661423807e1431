import { z } from 'zod';

/**
 * Version of the output schema. Bump the minor version when fields are added and the major version when a
 * field is renamed or changes type: scripts that read our JSON key on it, and resume (`--out`) compares it.
 */
export const SCHEMA_VERSION = '1.1.0';

/** Output languages: `und` when the detector cannot tell (a value, not an exception). */
export const LanguageCode = z.enum(['sv', 'no', 'en', 'und']);
export type LanguageCode = z.infer<typeof LanguageCode>;

/** Where a page's text came from. A document whose pages differ is `mixed`. */
export const PageTextSource = z.enum(['text-layer', 'ocr', 'plain-text']);
export type PageTextSource = z.infer<typeof PageTextSource>;
export const TextSource = z.enum(['text-layer', 'ocr', 'plain-text', 'mixed']);
export type TextSource = z.infer<typeof TextSource>;

export const DocumentType = z.enum(['letter-of-intent', 'cooperation-agreement', 'news-article', 'other']);
export type DocumentType = z.infer<typeof DocumentType>;

const Confidence = z.number().min(0).max(1);

export const Source = z.object({
  file: z.string().describe('input path as given, or "-" for standard input'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.string().describe('detected from the bytes, e.g. application/pdf, image/png, text/plain'),
  pages: z.number().int().nonnegative(),
  textSource: TextSource,
  ocrConfidence: Confidence.nullable().describe(
    'mean word confidence over OCR pages, null when nothing was OCR-read',
  ),
  toolVersion: z
    .string()
    .describe('version of loi-extract that wrote this output; resume redoes outputs of other versions'),
});
export type Source = z.infer<typeof Source>;

/** Swedish `NNNNNN-NNNN` (Luhn), Norwegian `NNN NNN NNN` (mod 11) or Finnish `NNNNNNN-N` (business ID, mod 11). */
export const OrgNumber = z.string().regex(/^(\d{6}-\d{4}|\d{3} \d{3} \d{3}|\d{7}-\d)$/);

export const Party = z.object({
  name: z.string().min(1),
  abbreviation: z.string().nullable(),
  orgNumber: OrgNumber.nullable(),
  orgNumberValid: z.boolean().nullable().describe('checksum result; null when there is no org number'),
});
export type Party = z.infer<typeof Party>;

export const GovernanceBody = z.object({
  name: z.string().min(1).describe('e.g. styrgrupp, samverkansgrupp, steering committee'),
  mandate: z.string().nullable(),
});
export type GovernanceBody = z.infer<typeof GovernanceBody>;

export const Governance = z.object({
  bodies: z.array(GovernanceBody),
  meetingsPerYear: z.number().nonnegative().nullable(),
  responsible: z.array(z.string()),
});
export type Governance = z.infer<typeof Governance>;

export const Validity = z.object({
  start: z.union([z.literal('on-signature'), z.iso.date()]).nullable(),
  end: z.union([z.literal('until-terminated'), z.iso.date()]).nullable(),
  durationMonths: z.number().nonnegative().nullable(),
  noticePeriodMonths: z.number().nonnegative().nullable(),
});
export type Validity = z.infer<typeof Validity>;

export const Signatory = z.object({
  name: z.string().min(1),
  title: z.string().nullable(),
  party: z.string().nullable(),
});
export type Signatory = z.infer<typeof Signatory>;

/** A place in the repaired text: `text.slice(start, end) === snippet` on page `page` (1-based). */
export const EvidenceSpan = z.object({
  page: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  snippet: z.string(),
});
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;

/** Evidence keyed by field path, e.g. `title`, `parties[0].orgNumber`, `validity.end`. */
export const Evidence = z.record(z.string(), z.array(EvidenceSpan));
export type Evidence = z.infer<typeof Evidence>;

/** One OCR repair; `offset` is where `to` starts in the repaired text of `page`. */
export const Repair = z.object({
  from: z.string(),
  to: z.string(),
  page: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
  rule: z
    .string()
    .describe('which rule made the change, e.g. confusion:ii>ö, document-vocabulary, orgnumber-checksum'),
});
export type Repair = z.infer<typeof Repair>;

export const PageOutput = z.object({
  number: z.number().int().positive(),
  textSource: PageTextSource,
  ocrConfidence: Confidence.nullable(),
  language: LanguageCode,
  text: z.string(),
});
export type PageOutput = z.infer<typeof PageOutput>;

/** The extracted fields: shared by the output and by the expected (golden) files. */
export const ExtractedFields = z.object({
  language: LanguageCode,
  documentType: DocumentType,
  title: z.string().nullable(),
  date: z.iso.date().nullable(),
  place: z.string().nullable(),
  reference: z.string().nullable(),
  parties: z.array(Party),
  purposes: z.array(z.string()),
  cooperationAreas: z.array(z.string()),
  governance: Governance,
  validity: Validity,
  signatories: z.array(Signatory),
});
export type ExtractedFields = z.infer<typeof ExtractedFields>;

/** One output document: what `extract` writes for each input. */
export const LetterOfIntent = z.object({
  schemaVersion: z.string(),
  source: Source,
  ...ExtractedFields.shape,
  languageConfidence: Confidence,
  evidence: Evidence,
  repairs: z.array(Repair),
  warnings: z.array(z.string()),
  pages: z.array(PageOutput).optional().describe('only with --include-text'),
});
export type LetterOfIntent = z.infer<typeof LetterOfIntent>;

/**
 * The expected extraction of a fixture (the form of `../shared/seeds-gold/`): the fields without
 * source, evidence, repairs and warnings; governance bodies by name; `unsure` lists fields that even a
 * careful reader could argue about, which the golden comparison does not score.
 */
export const ExpectedExtraction = ExtractedFields.extend({
  governance: Governance.extend({ bodies: z.array(z.string()) }),
  parties: z.array(Party.extend({ orgNumberValid: z.boolean().nullable().optional() })),
  unsure: z.array(z.string()),
});
export type ExpectedExtraction = z.infer<typeof ExpectedExtraction>;
