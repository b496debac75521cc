import { localIsoDay } from '../../../shared/localDay';

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function today(): string {
  return localIsoDay();
}
