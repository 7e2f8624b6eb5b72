// Every language's UI strings at once, for assertions (the widgets load one language at a time).
import type {Lang} from '../../src/internal/lang.js';
import en from '../../src/translations/en.js';
import ja from '../../src/translations/ja.js';
import ru from '../../src/translations/ru.js';
import type {Translation} from '../../src/translations/types.js';

export const STRINGS: Record<Lang, Translation> = {en, ja, ru};
