import {expect} from '@open-wc/testing';
import {formatEventDate, formatIsoDate, safeHttpUrl} from '../../src/internal/format.js';
import {format} from '../../src/internal/messages.js';

describe('formatting', () => {
  it('formats dates with Intl in each language, as precise as given', () => {
    expect(formatIsoDate('2004-08-28', 'en')).to.equal('August 28, 2004');
    expect(formatIsoDate('2004-08-28', 'ja')).to.equal('2004年8月28日');
    expect(formatIsoDate('2004-08-28', 'ru')).to.equal('28 августа 2004 г.');
    expect(formatIsoDate('2006-08', 'en')).to.equal('August 2006');
    expect(formatEventDate({precision: 'month', start: '2006-08'}, 'ja')).to.equal('2006年8月');
    expect(formatEventDate({precision: 'year', start: '2026'}, 'en')).to.equal('2026');
    expect(formatIsoDate('2026', 'ja')).to.equal('2026年');
  });

  it('formats a range as one range', () => {
    const range = {precision: 'range', start: '2015-10-22', end: '2015-10-28'} as const;
    expect(formatEventDate(range, 'en')).to.equal('October 22 – 28, 2015');
    expect(formatEventDate(range, 'ru')).to.match(/^22[–-]28 октября 2015/);
  });

  it('keeps only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://www.mofa.go.jp/a')).to.equal('https://www.mofa.go.jp/a');
    expect(safeHttpUrl('http://tashkenttimes.uz/x')).to.equal('http://tashkenttimes.uz/x');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'vbscript:x', '', 42, null]) {
      expect(safeHttpUrl(bad), String(bad)).to.be.undefined;
    }
  });

  it('fills placeholders as text', () => {
    expect(format('{a} and {b}, {missing}', {a: '<b>', b: 2})).to.equal('<b> and 2, {missing}');
  });
});
