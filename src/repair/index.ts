export type { Confusion } from './confusions.ts';
export { CONFUSIONS, confusionsFor } from './confusions.ts';
export { isValidDate, isValidNorwegianOrgNumber, isValidSwedishOrgNumber } from './identifiers.ts';
export type { Lexicon, LexiconLanguage } from './lexicon.ts';
export { loadLexicon } from './lexicon.ts';
export type { RepairedDocument, RepairOptions } from './repairer.ts';
export { preloadLexicons, repairDocument } from './repairer.ts';
