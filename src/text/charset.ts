/**
 * The character encoding a document declares for itself: an HTTP Content-Type's charset, else a
 * byte-order mark, else within its first 1,024 bytes an HTML `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, or an XML declaration's `encoding`
 * (all written in ASCII, so they can be read before the encoding is known). Returns a label
 * TextDecoder knows (e.g. "windows-1252"), or null when nothing usable is declared.
 */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader && known(fromHeader)) return normalized(fromHeader);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return declared && known(declared) ? normalized(declared) : null;
}

function known(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** TextDecoder's own name for the label ("latin1" → "windows-1252", as the WHATWG Encoding standard maps it). */
function normalized(label: string): string {
  return new TextDecoder(label).encoding;
}

/**
 * Text of a document in the encoding it declares, UTF-8 when it declares none. A document that
 * declares UTF-8 but is not gets its bad bytes as U+FFFD, as browsers show it.
 */
export function decodeDeclared(bytes: Uint8Array, contentType?: string | null): string {
  return new TextDecoder(declaredCharset(bytes, contentType) ?? 'utf-8').decode(bytes);
}
