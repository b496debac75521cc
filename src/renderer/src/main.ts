import { mount, unmount } from 'svelte';
import App from './App.svelte';
import ArchiveUpdating from './startup/ArchiveUpdating.svelte';
import { ArchiveOpening } from './startup/archiveOpening.svelte';
import { library } from './library/libraryState.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

// An older archive is updated before it opens (the browser mode's server says how far it has
// gone): its progress is shown until the archive is ready, then the app.
const opening = new ArchiveOpening();
void (async () => {
  const first = await opening.untilReadyOnce();
  if (!first) {
    const screen = mount(ArchiveUpdating, { target, props: { opening } });
    await opening.untilReady();
    await unmount(screen);
  }
  // The list's first page is on its way while the app is drawn.
  library.prefetch();
  mount(App, { target });
})();
