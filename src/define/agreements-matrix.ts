import {AgreementsMatrix} from '../agreements-matrix/agreements-matrix.js';
import {defineElement} from '../internal/define.js';

defineElement('agreements-matrix', AgreementsMatrix);

export {AgreementsMatrix};
export type {AgreementsMatrixSelectDetail} from '../agreements-matrix/agreements-matrix.js';
