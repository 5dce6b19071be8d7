import type { Sentence } from '../../types.js';
import { createCityBodies } from './city-bodies.js';
import { createCountryBoundPlaces, createStateBoundPlaces } from './country-bound-places.js';
import type { EntitiesData } from './entities-data.js';
import { createForeignDatelineBodies } from './foreign-dateline-bodies.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { createPlaceVariants } from './place-variants.js';
import type { Pending } from './resolve-short-forms.js';
import { createStateBodies } from './state-bodies.js';

/**
 * The article-level reading of bodies and places named bare, in order: a state's and a town's bodies (`हाईकोर्ट`, `नगर
 * निगम`), a national body in a report from abroad (`संसद`), a body the gazetteer also lists with a place (`एम्स`), and
 * foreign places named by an everyday word (`पोखरा`). Adds to and changes `pending` in place.
 */
export function createArticleBodies(data: EntitiesData, index: GazetteerIndex): (sentences: readonly Sentence[], pending: Pending[]) => void {
  const stateBodies = createStateBodies(data, index);
  const cityBodies = createCityBodies(data);
  const foreignDatelineBodies = createForeignDatelineBodies(data);
  const placeVariants = createPlaceVariants(index);
  const countryBoundPlaces = createCountryBoundPlaces(data.countryBoundPlaces);
  const stateBoundPlaces = createStateBoundPlaces(data.stateBoundPlaces);
  return (sentences, pending) => {
    pending.push(...stateBodies(sentences, pending));
    pending.push(...cityBodies(sentences, pending));
    foreignDatelineBodies(pending);
    placeVariants(pending);
    countryBoundPlaces(pending);
    stateBoundPlaces(pending);
  };
}
