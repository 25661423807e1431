/**
 * A short Swedish letter of intent written for the tests (not corpus text), and the same text as an
 * English-model OCR of its scan would give it: å/ä/ö lost or turned into other letters (`a`, `é`, `6`,
 * a capital `O` for `ö`), the shapes seen in real legacy text layers.
 */
export const LETTER_PARAGRAPHS = [
  'Avsiktsförklaring om samarbete mellan Länsstyrelsen i Exempellän och Högskolan i Norrstad.',
  'Målet är att stärka samarbetet kring forskning och kompetensförsörjning i regionen. Parterna ska träffas minst två gånger per år för att följa upp arbetet och se över vilka åtgärder som behövs.',
  'Överenskommelsen gäller från och med underskrift och löper i tre år. Parterna är överens om att samarbetet ska utvärderas årligen.',
];

/** The letter as a legacy (English-model) OCR text layer would read it. */
export const LETTER_LEGACY_LAYER = [
  'Avsiktsforklaring om samarbete mellan Lansstyrelsen i Exempellan och Hégskolan i Norrstad.',
  'Malet ar att starka samarbetet kring forskning och kompetensf6rsorjning i regionen. Parterna ska traffas minst tva ganger per ar fér att félja upp arbetet och se Over vilka atgarder som behévs.',
  'Overenskommelsen galler fran och med underskrift och léper i tre ar. Parterna ar Overens om att samarbetet ska utvarderas arligen.',
].join('\n\n');

/** A Norwegian letter written for the tests, as an English-model OCR layer reads it (`ø` as `g`/`e`/`o`, `æ` as `ee`). */
export const NORWEGIAN_LEGACY_LAYER = [
  'Intensjonsavtale mellom Hegskolen i Nordby og Vestby kommune om samarbeid pa helseomradet.',
  'Partene skal mgtes to ganger i aret for a felge opp arbeidet. Samarbeidet skal bidra til beerekraftig utvikling og et sterkere neeringsliv i regionen.',
  'Avtalen gjelder fra underskrift og lgper i tre ar. Begge parter er enige om at det er gnskelig a styrke kompetansen.',
].join('\n\n');
