/**
 * PNG text chunks. `iTXt` carries UTF-8 text (what VNet Studio writes); `tEXt` carries Latin-1 text
 * (read for robustness). https://www.w3.org/TR/png-3/#11iTXt and #11tEXt
 */
import { type PngResult, pngError } from './png-chunks';

export interface PngText {
  keyword: string;
  text: string;
  /** Compressed iTXt text is reported, not inflated: VNet Studio never writes it. */
  compressed: boolean;
}

const KEYWORD = /^[\x20-\x7e\xa1-\xff]{1,79}$/;

/** Keywords are 1–79 Latin-1 characters without leading, trailing or double spaces. */
export function isValidPngKeyword(keyword: string): boolean {
  return (
    KEYWORD.test(keyword) && !keyword.startsWith(' ') && !keyword.endsWith(' ') && !keyword.includes('  ')
  );
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] as number);
  return s;
}

/** The data of an uncompressed iTXt chunk: keyword, flags, empty language tags, UTF-8 text. */
export function encodeItxt(keyword: string, text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(keyword.length + 5 + body.length);
  for (let i = 0; i < keyword.length; i++) out[i] = keyword.charCodeAt(i);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL
  out.set([0, 0, 0, 0, 0], keyword.length);
  out.set(body, keyword.length + 5);
  return out;
}

/** Decodes the data of a `tEXt` or `iTXt` chunk. */
export function decodePngText(type: 'tEXt' | 'iTXt', data: Uint8Array): PngResult<PngText> {
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) return pngError('bad-text', `A ${type} chunk has no valid keyword.`);
  const keyword = latin1(data.subarray(0, nul));
  if (type === 'tEXt')
    return { ok: true, value: { keyword, text: latin1(data.subarray(nul + 1)), compressed: false } };
  if (nul + 3 > data.length) return pngError('bad-text', `The iTXt chunk "${keyword}" is cut short.`);
  const compressed = data[nul + 1] === 1;
  const language = data.indexOf(0, nul + 3);
  const translated = language === -1 ? -1 : data.indexOf(0, language + 1);
  if (translated === -1) return pngError('bad-text', `The iTXt chunk "${keyword}" is cut short.`);
  if (compressed) return { ok: true, value: { keyword, text: '', compressed: true } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(translated + 1));
    return { ok: true, value: { keyword, text, compressed: false } };
  } catch {
    return pngError('bad-text', `The iTXt chunk "${keyword}" is not valid UTF-8.`);
  }
}
