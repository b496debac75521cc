import type { Workspace } from '../../../shared/domain';
import { call } from './api';

/**
 * How the window is laid out: reading (the reader takes the wide centre pane) or composing (the
 * review takes it and the reader moves to the side). Remembered in the archive's settings, so the
 * app and the browser mode open the way the editor left them.
 */
class WorkspaceState {
  mode = $state<Workspace>('read');
  composing = $derived(this.mode === 'compose');

  /** The layout the settings remember, read once at start. */
  restore(mode: Workspace): void {
    this.mode = mode;
  }

  async toggle(): Promise<void> {
    this.mode = this.composing ? 'read' : 'compose';
    // The layout changes at once; failing to remember it is not worth an error in the editor's way.
    await call('settings.update', { workspace: this.mode }).catch(() => undefined);
  }
}

export const workspace = new WorkspaceState();
