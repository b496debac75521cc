import type { Facet } from '../../../shared/domain';
import { call } from '../lib/api';
import { debounce } from '../lib/debounce';

/** The archive's tags that start with what is typed; a late answer to an older prefix is dropped. */
export class TagSuggestions {
  list = $state.raw<Facet[]>([]);
  #asked = 0;

  readonly suggest = debounce((prefix: string) => {
    const ask = ++this.#asked;
    call('tags.list', { prefix })
      .then((facets) => {
        if (ask === this.#asked) this.list = facets;
      })
      .catch(() => {
        if (ask === this.#asked) this.list = [];
      });
  }, 120);
}
