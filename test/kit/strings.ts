// Every language's UI strings at once, for assertions (the widgets load one language at a time).
import type {Lang} from '../../src/internal/lang.js';
import en from '../../src/translations/en.js';
import ja from '../../src/translations/ja.js';
import kk from '../../src/translations/kk.js';
import ky from '../../src/translations/ky.js';
import ru from '../../src/translations/ru.js';
import tg from '../../src/translations/tg.js';
import tk from '../../src/translations/tk.js';
import uz from '../../src/translations/uz.js';
import type {Translation} from '../../src/translations/types.js';

export const STRINGS: Record<Lang, Translation> = {en, ja, ru, kk, ky, tg, tk, uz};
