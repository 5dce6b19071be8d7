/** Turns the bytes of an article file into text, or says why it cannot. */

export type Decoded = { ok: true; text: string } | { ok: false; message: string; line?: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * UTF-8 text with BOM stripped and CRLF/CR turned into LF. NUL bytes (binary files, UTF-16) and
 * invalid UTF-8 are refused with the line where the first bad byte sits; so are empty files.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: 'binary file (contains NUL bytes), not UTF-8 text', line: lineAt(bytes, nul) };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, message: 'not valid UTF-8 text (binary or another encoding)', line: lineAt(bytes, bad) };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, message: 'empty file' };
  return { ok: true, text };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (0 when none is found). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}
