import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import type { RefreshService } from './refreshService.js';
import { SourceService } from './sourceService.js';

type SourceMethods =
  | 'sources.list'
  | 'sources.preview'
  | 'sources.add'
  | 'sources.update'
  | 'sources.setEnabled'
  | 'sources.remove'
  | 'sources.importOpml'
  | 'sources.exportOpml'
  | 'refresh.run'
  | 'refresh.status';

/** The sources and refresh side of the contract. */
export function createSourceHandlers(db: Db, refresh: RefreshService): Pick<ApiHandlers, SourceMethods> {
  const sources = new SourceService(db);
  return {
    'sources.list': () => sources.list(),
    'sources.preview': (request) => sources.preview(request),
    'sources.add': (request) => sources.add(request),
    'sources.update': ({ id, links, ...patch }) => sources.update(id, { ...patch, ...(links === undefined ? {} : { linkSelector: links }) }),
    'sources.setEnabled': ({ ids, enabled }) => sources.setEnabled(ids, enabled),
    'sources.remove': ({ ids }) => sources.remove(ids),
    'sources.importOpml': ({ opml }) => sources.importOpml(opml),
    'sources.exportOpml': () => sources.exportOpml(),
    'refresh.run': ({ all, ids, waitMs }) => refresh.run({ all, waitMs, ...(ids === undefined ? {} : { ids }) }),
    'refresh.status': () => refresh.status(),
  };
}
