import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isCalendarDate, parseDateOption } from './date.js';

it('isCalendarDate accepts real dates only', () => {
  for (const d of ['2018-07-20', '2020-02-29', '2000-02-29', '0999-12-31', '2018-12-31']) assert.ok(isCalendarDate(d), d);
  for (const d of ['2018-02-29', '1900-02-29', '2018-04-31', '2018-00-10', '2018-13-01', '2018-07-00', '2018-7-20', '20180720', '2018-07-20T00:00', ''])
    assert.ok(!isCalendarDate(d), d);
});

it('parseDateOption explains what is wrong', () => {
  assert.equal(parseDateOption(' 2018-07-20 '), '2018-07-20');
  assert.throws(() => parseDateOption('July 20'), /expected YYYY-MM-DD/);
  assert.throws(() => parseDateOption('2018-02-30'), /not a real calendar date/);
});
