import {defineElement} from '../internal/define.js';
import {CountryAgreements} from '../country-agreements/country-agreements.js';

defineElement('country-agreements', CountryAgreements);
export {CountryAgreements};
