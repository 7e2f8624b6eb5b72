import type {Dataset} from '../dataset/types.js';
import skeleton from '../generated/skeleton.json';

/**
 * The bundled dataset as the widgets use it: ids, dates, codes and links from the start, each
 * language's texts filled in when its translation arrives (`loadTranslation`). Validated at build
 * time (`scripts/validate-data.mjs`), so it is never validated in the browser.
 */
export const bundledSkeleton = skeleton as unknown as Dataset;
