/**
 * What OCR writes for a digit inside a number (`284I` for `2841`); only these letters are mapped back.
 * Identifier repair uses every entry. The extractor's organisation-number pattern (`ORG_NUMBER_SOURCE`)
 * admits only I, l and O in any case, so the other entries never reach its parser.
 */
export const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = {
  I: '1',
  l: '1',
  '|': '1',
  i: '1',
  O: '0',
  o: '0',
  D: '0',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
  z: '2',
  G: '6',
};
