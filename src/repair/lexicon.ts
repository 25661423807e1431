import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Hunspell, type HunspellFactory, loadModule } from 'hunspell-asm';

/** Languages that have a lexicon. `und` has none on purpose: without a language nothing is "a word". */
export type LexiconLanguage = 'sv' | 'no' | 'en';

/** A spelling lexicon: `has` answers whether a bare word (letters only) is a word of the language. */
export interface Lexicon {
  readonly language: LexiconLanguage;
  has(word: string): boolean;
}

/**
 * The Hunspell dictionaries behind each language. Norwegian is accepted in either written standard,
 * because a document may be bokmål or nynorsk and language detection does not tell them apart.
 */
const DICTIONARY_PACKAGES: Record<LexiconLanguage, readonly string[]> = {
  sv: ['dictionary-sv'],
  no: ['dictionary-nb', 'dictionary-nn'],
  en: ['dictionary-en'],
};

/**
 * Lookups repeat a lot within and across documents (function words, the same noisy token); a bounded
 * memo avoids the ~25 µs WASM round trip without growing without limit in a long batch.
 */
const MEMO_LIMIT = 200_000;

let factoryPromise: Promise<HunspellFactory> | undefined;
const lexiconPromises = new Map<LexiconLanguage, Promise<Lexicon>>();
const require = createRequire(import.meta.url);

/**
 * The dictionary packages differ in module format (some ESM with top-level await, nynorsk a CommonJS
 * callback API), so the .aff/.dic files are read from the package folder directly.
 */
async function readDictionary(packageName: string): Promise<{ aff: Uint8Array; dic: Uint8Array }> {
  const folder = dirname(require.resolve(packageName));
  const [aff, dic] = await Promise.all([
    readFile(join(folder, 'index.aff')),
    readFile(join(folder, 'index.dic')),
  ]);
  return { aff, dic };
}

async function createHunspell(packageName: string): Promise<Hunspell> {
  factoryPromise ??= loadModule();
  const factory = await factoryPromise;
  const { aff, dic } = await readDictionary(packageName);
  const affPath = factory.mountBuffer(aff, `${packageName}.aff`);
  const dicPath = factory.mountBuffer(dic, `${packageName}.dic`);
  const hunspell = factory.create(affPath, dicPath);
  // The parsed dictionary lives inside the Hunspell instance; the mounted copies are no longer needed.
  factory.unmount(affPath);
  factory.unmount(dicPath);
  return hunspell;
}

async function buildLexicon(language: LexiconLanguage): Promise<Lexicon> {
  const spellers = await Promise.all(DICTIONARY_PACKAGES[language].map(createHunspell));
  const memo = new Map<string, boolean>();
  return {
    language,
    has(word: string): boolean {
      const known = memo.get(word);
      if (known !== undefined) return known;
      const result = spellers.some((speller) => speller.spell(word));
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, result);
      return result;
    },
  };
}

/** Loads (once per process, lazily) the Hunspell lexicon of a language; later calls share it. */
export function loadLexicon(language: LexiconLanguage): Promise<Lexicon> {
  let promise = lexiconPromises.get(language);
  if (!promise) {
    promise = buildLexicon(language);
    lexiconPromises.set(language, promise);
    // A failed load must not be cached forever: the next document may try again.
    promise.catch(() => lexiconPromises.delete(language));
  }
  return promise;
}
