import data from '../../data/ca-jad-2025.json';
import type {Dataset} from './types.js';

/** The bundled CA+JAD 2025 dataset (`data/ca-jad-2025.json`), checked at build time by `scripts/validate-data.mjs`. */
export const bundledDataset = data as Dataset;
