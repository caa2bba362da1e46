export { crc32 } from './crc32';
export { embedDesignInPng, type PngDesignResult, readDesignFromPng } from './design-png';
export { DEFAULT_MAX_PNG_TEXT_BYTES, embedPngText, PNG_DESIGN_KEYWORD, readPngText } from './embed-design';
export type { PngError, PngErrorCode, PngResult } from './png-chunks';
export { encodePng, encodePngChunk, PNG_SIGNATURE, parsePngChunks } from './png-chunks';
