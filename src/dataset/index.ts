export * from './types.js';
export {validateDataset, formatProblem} from './validate.js';
export {bundledDataset} from './bundled.js';
