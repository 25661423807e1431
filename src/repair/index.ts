import type { TextPage } from '../pipeline/page.ts';
import type { LanguageCode, Repair } from '../schema/letter-of-intent.ts';

export interface RepairOptions {
  language: LanguageCode;
}

export interface RepairedDocument {
  pages: TextPage[];
  repairs: Repair[];
}

/** Repairs OCR noise in a document's pages. Placeholder until the repair stage lands: changes nothing. */
export async function repairDocument(pages: TextPage[], _options: RepairOptions): Promise<RepairedDocument> {
  return { pages: pages.map((page) => ({ ...page })), repairs: [] };
}
