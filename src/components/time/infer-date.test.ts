import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferDocumentDate } from './infer-date.js';

test('labelled publication dates', () => {
  assert.equal(inferDocumentDate('Iran news\nPublished: July 20, 2018\nTehran and Moscow …'), '2018-07-20');
  assert.equal(inferDocumentDate('Posted on 2018-07-20T09:30:00Z by staff\nText.'), '2018-07-20');
  assert.equal(inferDocumentDate('Date: 20 July 2018\n\nBody text here.'), '2018-07-20');
  assert.equal(inferDocumentDate('Headline\nUpdated: Jul. 21, 2018 10:02 a.m.\nBody.'), '2018-07-21');
});

test('a publication label wins over an update stamp', () => {
  assert.equal(inferDocumentDate('Updated: July 22, 2018\nPublished: July 20, 2018\nBody.'), '2018-07-20');
});

test('datelines and short date lines near the start', () => {
  assert.equal(inferDocumentDate('TEHRAN, July 20, 2018 — Russia’s envoy arrived on Wednesday …'), '2018-07-20');
  assert.equal(inferDocumentDate('WASHINGTON (Reuters) - Friday, July 20th, 2018 - The Senate voted …'), '2018-07-20');
  assert.equal(inferDocumentDate('Iran says Russia will not ask it to leave Syria\nBy Staff Writer | 20/07/2018\nTehran …'), '2018-07-20');
  assert.equal(inferDocumentDate('2018-07-20\nRussia and Iran …'), '2018-07-20');
});

test('story dates in running prose are not publication dates', () => {
  assert.equal(inferDocumentDate('On July 20, 1969, Apollo 11 landed on the Moon, and the world watched as the astronauts stepped onto the surface for the first time.'), null);
  assert.equal(inferDocumentDate('The envoy arrived on Wednesday.'), null);
  assert.equal(inferDocumentDate(''), null);
});

test('ambiguous or impossible numeric dates are refused', () => {
  assert.equal(inferDocumentDate('05/06/2018\nBody.'), null);
  assert.equal(inferDocumentDate('Published: February 30, 2018\nBody.'), null);
});
