import { phraseSet, type PhraseSet } from './phrase-set.js';
import { ACTION_WORDS, ASSIGNER_WORDS, ISSUER_VERBS } from './action-words.js';
import { FUNCTION_WORDS } from './function-words.js';
import { ORGAN_WORDS, type OrganWord } from './organ-words.js';
import {
  ASSIGN_CUES, CAUSE_CUES, CLAUSE_OPENERS, COMPILE_VERBS, EVALUATION_VERBS, GENERIC_WORDS,
  PLACE_WORDS, POSITION_WORDS, SUPPORT_CUES, TO_CUES, VIA_CUES,
} from './role-cues.js';

const phrases = (t: readonly { phrase: string }[]) => t.map((e) => e.phrase);

/** The lexicon tables compiled once into phrase sets (read-only). */
export interface UnitLexicons {
  organs: PhraseSet;
  organByPhrase: ReadonlyMap<string, OrganWord>;
  /** Lower-case words that end a name: actions, assigners, function words. */
  stops: PhraseSet;
  actions: PhraseSet;
  assigners: PhraseSet;
  issuerVerbs: PhraseSet;
  support: PhraseSet;
  assign: PhraseSet;
  cause: PhraseSet;
  evaluation: PhraseSet;
  via: PhraseSet;
  to: PhraseSet;
  compile: PhraseSet;
  positions: PhraseSet;
  generics: PhraseSet;
  places: PhraseSet;
  openers: PhraseSet;
}

/** The compiled lexicons (built once when the module loads; never mutated). */
export const LEX: UnitLexicons = {
  organs: phraseSet(phrases(ORGAN_WORDS)),
  organByPhrase: new Map(ORGAN_WORDS.map((o) => [o.phrase, o])),
  stops: phraseSet([...phrases(ACTION_WORDS), ...phrases(ASSIGNER_WORDS), ...phrases(FUNCTION_WORDS)]),
  actions: phraseSet(phrases(ACTION_WORDS)),
  assigners: phraseSet(phrases(ASSIGNER_WORDS)),
  issuerVerbs: phraseSet(phrases(ISSUER_VERBS)),
  support: phraseSet(phrases(SUPPORT_CUES)),
  assign: phraseSet(phrases(ASSIGN_CUES)),
  cause: phraseSet(phrases(CAUSE_CUES)),
  evaluation: phraseSet(phrases(EVALUATION_VERBS)),
  via: phraseSet(phrases(VIA_CUES)),
  to: phraseSet(phrases(TO_CUES)),
  compile: phraseSet(phrases(COMPILE_VERBS)),
  positions: phraseSet(phrases(POSITION_WORDS)),
  generics: phraseSet(phrases(GENERIC_WORDS)),
  places: phraseSet(phrases(PLACE_WORDS)),
  openers: phraseSet(phrases(CLAUSE_OPENERS)),
};
