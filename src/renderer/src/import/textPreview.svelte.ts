import type { Output } from '../../../shared/contract';
import { call } from '../lib/api';
import { debounce } from '../lib/debounce';

/** What the import would make of a pasted text (title, source, date), asked as it is typed. */
export class TextPreview {
  value = $state.raw<Output<'import.previewText'> | null>(null);

  readonly refresh = debounce((pasted: string, address: string) => {
    if (pasted.trim() === '') {
      this.value = null;
      return;
    }
    call('import.previewText', address.trim() ? { text: pasted, url: address.trim() } : { text: pasted })
      .then((answer) => (this.value = answer))
      .catch(() => (this.value = null));
  }, 300);
}
