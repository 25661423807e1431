import type { TextPage } from '../pipeline/page.ts';
import type { Evidence, ExtractedFields, LanguageCode } from '../schema/letter-of-intent.ts';
import { extractCooperationAreas } from './areas.ts';
import { buildContext, type FieldResult } from './context.ts';
import { extractDatePlaceReference } from './date-place.ts';
import { extractDocumentType } from './document-type.ts';
import { extractGovernance } from './governance.ts';
import { extractParties } from './parties.ts';
import { extractPurposes } from './purposes.ts';
import { extractSignatories } from './signatories.ts';
import { extractTitle } from './title.ts';
import { extractValidity } from './validity.ts';

export type Fields = Omit<ExtractedFields, 'language'>;

export interface Extraction {
  fields: Fields;
  evidence: Evidence;
  warnings: string[];
}

/** Extracts every field from the repaired pages, each with evidence; fields the document does not state stay null/[]. */
export function extractFields(pages: readonly TextPage[], language: LanguageCode): Extraction {
  const ctx = buildContext(pages, language);
  const evidence: Evidence = {};
  const warnings: string[] = [];
  const collect = <T>(result: FieldResult<T>): T => {
    Object.assign(evidence, result.evidence);
    warnings.push(...result.warnings);
    return result.value;
  };
  const titleResult = extractTitle(ctx);
  const title = collect(titleResult);
  const titleBlock = titleResult.block;
  const documentType = collect(extractDocumentType(ctx, title, titleBlock));
  const isNews = documentType === 'news-article';
  const isAgreement = documentType === 'cooperation-agreement' || documentType === 'letter-of-intent';
  const { date, place, reference } = collect(extractDatePlaceReference(ctx, isNews, isAgreement));
  const parties = collect(extractParties(ctx, titleBlock, title));
  const purposes = collect(extractPurposes(ctx));
  const cooperationAreas = collect(extractCooperationAreas(ctx, isNews));
  const governance = collect(extractGovernance(ctx));
  const validity = collect(extractValidity(ctx));
  const signatories = collect(extractSignatories(ctx, parties, isNews));
  return {
    fields: {
      documentType,
      title,
      date,
      place,
      reference,
      parties,
      purposes,
      cooperationAreas,
      governance,
      validity,
      signatories,
    },
    evidence,
    warnings,
  };
}
