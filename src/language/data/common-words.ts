/**
 * The most frequent words of each language in news, administrative and everyday prose, written from
 * knowledge of the languages (not from the seeds). A word found in a language's list adds
 * `COMMON_WORD_WEIGHT` to that language: shared words (`det`, `som`, `med`) lift all languages that have them
 * and so only count against the ones that do not, while a frequent word missing from a neighbour's list
 * (`hade` vs `hadde`, `utan` vs `uten`) is the lexicon evidence that short snippets need.
 * Each list must hold the shared words too, or their absence would read as evidence against the language.
 */
import type { CueLanguage } from './cue-words.ts';

/** Log-odds units added per word found in a language's list; cross-validated with the lexicon in place. */
export const COMMON_WORD_WEIGHT = 2;

const SV = `och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så
kan man när år säga hon under också efter eller nu sin där vid mot ska skall då sedan två hade bara mycket
dem vara blir blev andra första många nya stora får inom genom mellan vad alla detta denna dessa hur ingen
inga något några någon själv än även utan kommer kom gör göra gjorde fått finns fanns måste vill ville kunde
skulle säger sade sa tar ta tog ger gav går gick står stod ser såg vet visste tycker tror hela helt redan
igen alltid aldrig ofta kanske bland annat annan andra samt både varje vilket vilka deras hans hennes
vår våra vårt oss er ni dig mig honom henne samma sätt arbete arbetet del delen fram in ut upp ner ned
här hit dit över kring enligt inför hos utan tillsammans gemensamt gemensam gemensamma samarbete
samarbetet samverkan avtal avtalet parterna part parter kommun kommunen kommunerna region regionen
universitet universitetet högskola högskolan utbildning utbildningen forskning forskningen utveckling
utvecklingen behov behovet viktigt viktig stor stort bra god goda ny nytt fler flera mer mest mindre
dag dagen tid tiden gång gånger veckan året åren länet landet staden stan barn barnen
människor folk kvinnor män liv livet hem hemma vatten vattnet sjön skolan skolor sjukvård vård omsorg
ansvar ansvaret mål målet syfte syftet ekonomi pengar kronor procent miljoner tre fyra fem sex sju åtta
nio tio ansvarar gäller genomföra utveckla stärka skapa bidra erbjuda arbeta`;

const NB = `og i å det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan
man når år si sier hun under også etter eller nå sin der ved mot skal da siden to hadde bare mye dem være
blir ble andre første mange nye store får innen gjennom mellom hva alle dette denne disse hvordan ingen
noe noen selv enn uten kommer kom gjør gjøre gjorde fått finnes fantes må vil ville kunne kan skulle sa
tar ta tok gir ga går gikk står sto ser så vet visste synes tror hele helt allerede igjen alltid aldri
ofte kanskje blant annet annen andre samt både hver hvert hvilket hvilke deres hans hennes vår våre vårt
oss dere deg meg ham henne samme måte arbeid arbeidet del delen fram frem inn ut opp ned her hit dit over
omkring ifølge foran hos sammen felles samarbeid samarbeidet avtale avtalen partene part parter
kommune kommunen kommunene region regionen universitet universitetet høgskole høgskolen høyskole
utdanning utdanningen forskning forskningen utvikling utviklingen behov behovet viktig stor stort bra god
gode ny nytt flere mer mest mindre dag dagen tid tiden gang ganger uka uken året årene fylket
landet byen barn barna mennesker folk kvinner menn liv livet hjem hjemme vann vannet skolen skoler helse
omsorg ansvar ansvaret mål målet formål formålet økonomi penger kroner prosent millioner tre fire fem seks
sju syv åtte ni ti dersom fordi mens litt ganske vært blitt`;

const NN = `og i å det som ein eit på er av for med til den har dei ikkje om han men var eg seg frå vi me så kan
ein når år seie seier ho under òg også etter eller no sin der ved mot skal då sidan to hadde berre mykje
dei vere vore blir vert vart andre første mange nye store får innan gjennom mellom kva alle dette denne
desse korleis ingen noko nokon sjølv enn utan kjem kom gjer gjere gjorde fått finst fanst må vil ville
kunne skulle sa tek ta tok gjev gir gav går gjekk står stod ser såg veit visste synest trur heile heilt
allereie igjen alltid aldri ofte kanskje blant anna annan andre samt både kvar kvart kva deira hans
hennar vår våre vårt oss dykk deg meg han henne same måte arbeid arbeidet del delen fram inn ut opp ned
her hit dit over kring ifølgje framfor hos saman felles samarbeid samarbeidet avtale avtalen
partane part partar kommune kommunen kommunane region regionen universitet universitetet høgskule
høgskulen utdanning utdanninga forsking forskinga utvikling utviklinga behov behovet viktig stor stort bra
god gode ny nytt fleire meir mest mindre dag dagen tid tida gong gonger veka året åra fylket
landet byen born borna barn barna menneske folk kvinner menn liv livet heim heime vatn vatnet skulen
skular helse omsorg ansvar ansvaret mål målet føremål føremålet økonomi pengar kroner prosent millionar
tre fire fem seks sju åtte ni ti dersom fordi medan litt ganske vore blitt`;

const EN = `the of and to a in is that for it as was with be by on not he i this are or his from at which but
have an they you were her she there been one all we their has would when if so no will more can said who
what about out up them into than other also some these its only new two three four five years year time
first after before over under between through within during without against about people work working
agreement parties party university college council county region municipality municipalities education
research development cooperation purpose aim shall should may must could might each both any every our
us him do does did done made make take took give gave go went come came see saw know knew think say says
such same way part well still just even much many most less most those then now here where how why while
because however together joint common responsible responsibility important large good better long day
days week month months children school schools health care water lake home life money per cent million
students staff skills support`;

const DA = `og i at det som en på er af for med til den har de ikke om et han men var jeg sig fra vi så kan man
når år sige siger hun under også efter eller nu sin der ved mod skal da siden to havde bare meget dem være
bliver blev andre første mange nye store får inden gennem mellem hvad alle dette denne disse hvordan ingen
noget nogen selv end uden kommer kom gør gøre gjorde fået findes fandtes må vil ville kunne skulle sagde
tager tog giver gav går gik står stod ser så ved vidste synes tror hele helt allerede igen altid aldrig
ofte måske blandt andet anden andre samt både hver hvert hvilket hvilke deres hans hendes vores os jer dig
mig ham hende samme måde arbejde arbejdet del delen frem ind ud op ned her over omkring ifølge hos
sammen fælles samarbejde samarbejdet aftale aftalen parterne part parter kommune kommunen kommunerne region
regionen universitet universitetet uddannelse uddannelsen forskning forskningen udvikling udviklingen
behov behovet vigtig stor stort god gode ny nyt flere mere mest mindre dag dagen tid tiden gang gange året
årene landet byen børn børnene mennesker folk kvinder mænd liv livet hjem hjemme vand vandet skolen skoler
sundhed ansvar ansvaret mål målet formål formålet økonomi penge kroner procent millioner tre fire fem seks
syv otte ni ti hvis fordi mens lidt ganske været blevet`;

const split = (list: string): readonly string[] => list.split(/\s+/).filter((w) => w.length > 0);

/** Frequent words per internal language code, lower case. */
export const COMMON_WORDS: Readonly<Record<CueLanguage, readonly string[]>> = {
  sv: split(SV),
  nb: split(NB),
  nn: split(NN),
  en: split(EN),
  da: split(DA),
};
