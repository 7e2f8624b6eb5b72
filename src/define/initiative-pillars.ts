import {defineElement} from '../internal/define.js';
import {InitiativePillars} from '../initiative-pillars/initiative-pillars.js';

defineElement('initiative-pillars', InitiativePillars);

export {InitiativePillars};
