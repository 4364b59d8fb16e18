import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaredCharset, decodeDeclared } from './charset.js';
import { decodeArticle } from '../cli/input.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

test('charset: the HTTP header first, then a byte-order mark, then the page\'s own <meta> or XML declaration', () => {
  assert.equal(declaredCharset(latin1('<p>x</p>'), 'text/html; charset=ISO-8859-1'), 'windows-1252');
  assert.equal(declaredCharset(Buffer.from([0xef, 0xbb, 0xbf, 0x41])), 'utf-8');
  assert.equal(declaredCharset(latin1('<html><head><meta charset="iso-8859-2">')), 'iso-8859-2');
  assert.equal(declaredCharset(latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')), 'windows-1251');
  assert.equal(declaredCharset(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss>')), 'windows-1252');
  assert.equal(declaredCharset(latin1('<meta charset="no-such-encoding">')), null);
  assert.equal(declaredCharset(latin1('plain text')), null);
});

test('charset: a page is decoded as it declares itself; an article file that is no UTF-8 and declares nothing is still refused', () => {
  const page = latin1('<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body>Le pr\xe9sident</body></html>');
  assert.match(decodeDeclared(page), /Café.*président/);
  assert.match(decodeArticle(page, 'page.html'), /président/);
  assert.throws(() => decodeArticle(latin1('Le pr\xe9sident a dit.'), 'a.txt'), /not valid UTF-8/);
});
