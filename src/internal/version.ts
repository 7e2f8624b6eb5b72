/** The library's version, recorded on each registered class so a second copy on the page can be told apart. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
